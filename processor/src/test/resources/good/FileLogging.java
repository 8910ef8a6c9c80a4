package files;

import dev.logwright.Filter;
import dev.logwright.Handler;
import dev.logwright.LogRecord;
import dev.logwright.annotations.Filtered;
import dev.logwright.annotations.LogFormat;
import dev.logwright.annotations.LoggingConfig;
import dev.logwright.annotations.NamedBy;
import dev.logwright.annotations.RootLogger;
import dev.logwright.annotations.RotatedBy;
import dev.logwright.annotations.ToFile;
import dev.logwright.annotations.ToNull;
import dev.logwright.annotations.ToTimedRotatingFile;
import dev.logwright.annotations.ToWatchedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

@LoggingConfig(root = @RootLogger(level = "DEBUG", handlers = {"plain", "watched", "daily", "quiet"}))
public interface FileLogging {
  @ToFile(filename = "plain.log", mode = "w", encoding = "ISO-8859-1", delay = true)
  @Filtered(OnlyApp.class)
  Handler plain();

  @ToWatchedFile(filename = "${LOG_DIR}/watched.log", encoding = "UTF-8")
  @LogFormat("%(process)d %(thread)d %(lineno)05d %(relativeCreated)d %(funcName)s: %(message)s")
  Handler watched();

  @ToTimedRotatingFile(filename = "daily.log", when = "W6", backupCount = 4, utc = true, atTime = "03:30")
  @NamedBy("gzName")
  @RotatedBy("move")
  Handler daily();

  @ToNull
  Handler quiet();

  default String gzName(String name) {
    return name + ".gz";
  }

  static void move(String source, String dest) throws IOException {
    Files.move(Paths.get(source), Paths.get(dest), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Passes records of the "app" logger and its children. */
  class OnlyApp implements Filter {
    @Override
    public boolean filter(LogRecord record) {
      return record.getName().startsWith("app");
    }
  }
}
