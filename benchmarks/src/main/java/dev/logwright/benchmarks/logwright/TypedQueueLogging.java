package dev.logwright.benchmarks.logwright;

import dev.logwright.Logger;
import dev.logwright.annotations.Buffered;
import dev.logwright.annotations.LogFormat;
import dev.logwright.annotations.LoggerConfig;
import dev.logwright.annotations.LoggingConfig;
import dev.logwright.annotations.RootLogger;
import dev.logwright.annotations.ToQueue;
import dev.logwright.annotations.ToRotatingFile;
import dev.logwright.annotations.WhenFull;
import dev.logwright.handlers.QueueHandler;
import dev.logwright.handlers.RotatingFileHandler;

/**
 * The shared workload's pipeline for the async variant, generated as {@code
 * TypedQueueLoggingPipeline}: as {@link TypedBufferedLogging} (the file buffered as the plain
 * API's async variant buffers it), with a queue handler in front of the file whose listener
 * thread writes the records. {@code @ToQueue} with a capacity builds a preallocated ring of as
 * many slots as the plain API's; a full ring makes the caller wait ({@code WhenFull.WAIT}), as the
 * plain API's ring, Log4j2's and Logback's do.
 */
@LoggingConfig(root = @RootLogger(level = "INFO"))
public interface TypedQueueLogging extends AutoCloseable {
  @ToRotatingFile(
      filename = "${BENCH_TYPED_DIR}/logwright-typed.log",
      maxBytes = 268_435_456,
      backupCount = 3)
  @LogFormat(LogwrightSetup.FORMAT)
  @Buffered(size = LogwrightSetup.BUFFER_SIZE, maxDelayMillis = LogwrightSetup.MAX_DELAY_MILLIS)
  RotatingFileHandler file();

  @ToQueue(handlers = "file", capacity = LogwrightSetup.QUEUE_CAPACITY, whenFull = WhenFull.WAIT)
  QueueHandler queue();

  @LoggerConfig(name = "bench.orders", level = "INFO", handlers = "queue", propagate = false)
  Logger orders();

  @Override
  void close();
}
