package dev.logwright.benchmarks.logwright;

import dev.logwright.Logger;
import dev.logwright.annotations.LogFormat;
import dev.logwright.annotations.LoggerConfig;
import dev.logwright.annotations.LoggingConfig;
import dev.logwright.annotations.RootLogger;
import dev.logwright.annotations.ToRotatingFile;
import dev.logwright.handlers.RotatingFileHandler;

/**
 * The shared workload's pipeline for the flush variant, generated as {@code
 * TypedFileLoggingPipeline}: {@code bench.orders} at INFO, not propagating, into a rotating file
 * of 256 MB with 3 backups in {@code ${BENCH_TYPED_DIR}}, with the shared layout compiled at
 * build time.
 */
@LoggingConfig(root = @RootLogger(level = "INFO"))
public interface TypedFileLogging extends AutoCloseable {
  @ToRotatingFile(
      filename = "${BENCH_TYPED_DIR}/logwright-typed.log",
      maxBytes = 268_435_456,
      backupCount = 3)
  @LogFormat(LogwrightSetup.FORMAT)
  RotatingFileHandler file();

  @LoggerConfig(name = "bench.orders", level = "INFO", handlers = "file", propagate = false)
  Logger orders();

  @Override
  void close();
}
