package dev.logwright.examples.timed;

import dev.logwright.Handler;
import dev.logwright.annotations.LogFormat;
import dev.logwright.annotations.LoggingConfig;
import dev.logwright.annotations.NamedBy;
import dev.logwright.annotations.RootLogger;
import dev.logwright.annotations.RotatedBy;
import dev.logwright.annotations.ToTimedRotatingFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.GZIPOutputStream;

/**
 * Timed rotation every second, keeping five backups, each compressed: the namer adds {@code .gz}
 * to the backup's name and the rotator gzips the file there instead of renaming it.
 */
@LoggingConfig(root = @RootLogger(level = "INFO", handlers = "file"))
public interface TimedLogging extends AutoCloseable {
  @ToTimedRotatingFile(filename = "${LOG_DIR:-logs}/timed.log", when = "S", backupCount = 5)
  @LogFormat("%(asctime)s %(message)s")
  @NamedBy("gzName")
  @RotatedBy("gzip")
  Handler file();

  @Override
  void close();

  /** {@code timed.log.2026-11-23_21-04-05} → {@code timed.log.2026-11-23_21-04-05.gz}. */
  static String gzName(String defaultName) {
    return defaultName + ".gz";
  }

  /** Compresses {@code source} into {@code dest}, then deletes {@code source}. */
  static void gzip(String source, String dest) throws IOException {
    Path from = Paths.get(source);
    try (InputStream in = Files.newInputStream(from);
        OutputStream out = new GZIPOutputStream(Files.newOutputStream(Paths.get(dest)))) {
      in.transferTo(out);
    }
    Files.delete(from);
  }
}
