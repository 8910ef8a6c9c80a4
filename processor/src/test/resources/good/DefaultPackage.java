import dev.logwright.Handler;
import dev.logwright.annotations.LoggingConfig;
import dev.logwright.annotations.RootLogger;
import dev.logwright.annotations.ToStream;

@LoggingConfig(root = @RootLogger(level = "15", handlers = "console"))
interface DefaultPackage {
  @ToStream
  Handler console();
}
