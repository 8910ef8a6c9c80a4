package dev.logwright.benchmarks.logwright;

import dev.logwright.Logger;
import dev.logwright.annotations.Buffered;
import dev.logwright.annotations.LogFormat;
import dev.logwright.annotations.LoggerConfig;
import dev.logwright.annotations.LoggingConfig;
import dev.logwright.annotations.RootLogger;
import dev.logwright.annotations.ToRotatingFile;
import dev.logwright.handlers.RotatingFileHandler;

/**
 * The shared workload's pipeline for the buffered variant, generated as {@code
 * TypedBufferedLoggingPipeline}: as {@link TypedFileLogging}, with the file buffered as {@link
 * LogwrightSetup} buffers it ({@link LogwrightSetup#BUFFER_SIZE} bytes, written out at the latest
 * {@link LogwrightSetup#MAX_DELAY_MILLIS} after a record was logged).
 */
@LoggingConfig(root = @RootLogger(level = "INFO"))
public interface TypedBufferedLogging extends AutoCloseable {
  @ToRotatingFile(
      filename = "${BENCH_TYPED_DIR}/logwright-typed.log",
      maxBytes = 268_435_456,
      backupCount = 3)
  @LogFormat(LogwrightSetup.FORMAT)
  @Buffered(size = LogwrightSetup.BUFFER_SIZE, maxDelayMillis = LogwrightSetup.MAX_DELAY_MILLIS)
  RotatingFileHandler file();

  @LoggerConfig(name = "bench.orders", level = "INFO", handlers = "file", propagate = false)
  Logger orders();

  @Override
  void close();
}
