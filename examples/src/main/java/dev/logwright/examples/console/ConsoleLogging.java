package dev.logwright.examples.console;

import dev.logwright.Handler;
import dev.logwright.Logger;
import dev.logwright.annotations.LogFormat;
import dev.logwright.annotations.LoggerConfig;
import dev.logwright.annotations.LoggingConfig;
import dev.logwright.annotations.RootLogger;
import dev.logwright.annotations.Threshold;
import dev.logwright.annotations.ToRotatingFile;
import dev.logwright.annotations.ToStream;

/**
 * Console plus a size-rotated file: INFO and up on standard output, everything (DEBUG and up)
 * in {@code ${LOG_DIR}/app.log}, rolled over at 300 bytes with three backups.
 */
@LoggingConfig(root = @RootLogger(level = "DEBUG", handlers = {"console", "file"}))
public interface ConsoleLogging extends AutoCloseable {
  @ToStream(target = "stdout")
  @LogFormat("  console | %(levelname)-7s %(name)s: %(message)s")
  @Threshold("INFO")
  Handler console();

  @ToRotatingFile(filename = "${LOG_DIR:-logs}/app.log", maxBytes = 300, backupCount = 3)
  @LogFormat("%(asctime)s %(levelname)-7s %(name)s: %(message)s")
  Handler file();

  @LoggerConfig(name = "app.orders")
  Logger orders();

  @Override
  void close();
}
