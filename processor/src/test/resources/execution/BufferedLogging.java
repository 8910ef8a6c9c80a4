package exec;

import dev.logwright.handlers.RotatingFileHandler;
import dev.logwright.annotations.*;

@LoggingConfig(root = @RootLogger(level = "DEBUG", handlers = "rolling"))
public interface BufferedLogging extends AutoCloseable {
  @ToRotatingFile(filename = "${LW_DIR}/rolling.log", maxBytes = 700, backupCount = 3)
  @LogFormat("%(levelname)s|%(name)s|%(lineno)d|%(message)s")
  @Buffered(size = 256, maxDelayMillis = 60000)
  RotatingFileHandler rolling();
}
