package exec;

import dev.logwright.Filter;
import dev.logwright.Handler;
import dev.logwright.LogRecord;
import dev.logwright.Logger;
import dev.logwright.annotations.*;

@LoggingConfig(root = @RootLogger(level = "INFO", handlers = {"plain", "rolling"}))
public interface FileLogging extends AutoCloseable {
  @ToFile(filename = "${LW_DIR}/plain.log", mode = "w")
  @LogFormat("%(asctime)s %(levelname)-8s %(name)s: %(message)s")
  @Filtered(NoSecrets.class)
  Handler plain();

  @ToRotatingFile(filename = "${LW_DIR}/rolling.log", maxBytes = 120, backupCount = 2)
  @LogFormat("%(levelname)s|%(name)s|%(message)s")
  @Threshold("WARNING")
  @NamedBy("backupName")
  Handler rolling();

  @ToWatchedFile(filename = "${LW_DIR:-/nonexistent}/db.log")
  @LogFormat("%(name)s %(levelno)03d %(lineno)-5d|%(message)s")
  Handler db();

  @ToTimedRotatingFile(filename = "${LW_DIR}/timed.log", when = "midnight", backupCount = 3)
  Handler timed();

  @LoggerConfig(name = "app.db", level = "DEBUG", handlers = {"db", "timed"}, propagate = false)
  Logger dbLogger();

  default String backupName(String name) {
    return name + ".bak";
  }

  /** Drops records whose message mentions a secret. */
  class NoSecrets implements Filter {
    @Override
    public boolean filter(LogRecord record) {
      return !record.getMessage().contains("secret");
    }
  }
}
