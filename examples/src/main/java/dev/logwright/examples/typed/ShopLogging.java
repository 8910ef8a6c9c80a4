package dev.logwright.examples.typed;

import dev.logwright.Handler;
import dev.logwright.annotations.LogFormat;
import dev.logwright.annotations.LoggingConfig;
import dev.logwright.annotations.RootLogger;
import dev.logwright.annotations.ToRotatingFile;
import dev.logwright.annotations.ToStream;

/**
 * The shop's pipeline: INFO and up on standard output with the caller's function and line, and in
 * {@code ${LOG_DIR}/shop.log} (rolled over at 1 MB, two backups) with exception tracebacks.
 */
@LoggingConfig(root = @RootLogger(level = "INFO", handlers = {"console", "file"}))
public interface ShopLogging extends AutoCloseable {
  @ToStream(target = "stdout")
  @LogFormat("  console | %(levelname)-7s %(name)s %(funcName)s:%(lineno)d %(message)s")
  Handler console();

  @ToRotatingFile(filename = "${LOG_DIR:-logs}/shop.log", maxBytes = 1_048_576, backupCount = 2)
  @LogFormat("%(levelname)s %(name)s %(funcName)s: %(message)s")
  Handler file();

  @Override
  void close();
}
