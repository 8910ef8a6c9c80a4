package dev.logwright.benchmarks.jul;

import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * java.util.logging configured in code: a {@code FileHandler} limited to 256 MB over 4 files
 * ({@code jul.log.0} and 3 backups) with a {@code SimpleFormatter} printing the shared layout.
 * JUL's {@code FileHandler} flushes after every record and cannot be told not to, so JUL has only
 * the flush-per-record variant (and the disabled call); it has no async hand-off.
 */
public final class JulSetup {
  /** The layout through {@code SimpleFormatter}'s arguments: 1 time, 3 logger, 4 level, 5 message. */
  static final String FORMAT = "%1$tY-%1$tm-%1$td %1$tH:%1$tM:%1$tS,%1$tL %4$s %3$s: %5$s%n";

  private JulSetup() {}

  /** Configures the {@code bench.orders} logger; keep the returned reference (JUL's are weak). */
  public static Logger start(BenchDir dir, Variant variant) {
    if (variant != Variant.FLUSH) {
      throw new IllegalArgumentException("JUL's FileHandler always flushes: " + variant);
    }
    System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
    try {
      FileHandler file =
          new FileHandler(dir.file("jul.log.%g"), BenchDir.MAX_BYTES, BenchDir.BACKUP_COUNT + 1, false);
      file.setEncoding("UTF-8");
      file.setFormatter(new SimpleFormatter());
      Logger logger = Logger.getLogger(BenchDir.LOGGER);
      logger.setUseParentHandlers(false);
      logger.setLevel(Level.INFO);
      logger.addHandler(file);
      return logger;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the logger's handlers. */
  public static void stop(Logger logger) {
    for (Handler h : logger.getHandlers()) {
      logger.removeHandler(h);
      h.close();
    }
  }
}
