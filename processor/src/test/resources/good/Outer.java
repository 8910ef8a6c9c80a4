package nested;

import dev.logwright.Handler;
import dev.logwright.annotations.LoggingConfig;
import dev.logwright.annotations.RootLogger;
import dev.logwright.annotations.ToStream;

public class Outer {
  @LoggingConfig(root = @RootLogger(handlers = "out"))
  public interface Inner {
    @ToStream(target = "stdout", terminator = "")
    Handler out();
  }
}
