package dev.logwright.benchmarks.logwright;

import dev.logwright.Formatter;
import dev.logwright.Level;
import dev.logwright.Logger;
import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.Variant;
import dev.logwright.handlers.QueueHandler;
import dev.logwright.handlers.QueueListener;
import dev.logwright.handlers.RecordRingBuffer;
import dev.logwright.handlers.RotatingFileHandler;
import java.nio.charset.StandardCharsets;

/**
 * Logwright wired in code through its plain API, as a user would: the {@code bench.orders}
 * logger at INFO, not propagating, with a {@link RotatingFileHandler} (256 MB, 3 backups) whose
 * formatter is the shared layout. The async variant puts a {@link QueueHandler} on a
 * preallocated {@link RecordRingBuffer} in front, and a {@link QueueListener} feeds the file.
 * The ring waits when full ({@link RecordRingBuffer.WhenFull#WAIT}), as Log4j2's ring buffer and
 * Logback's blocking queue do, so every record reaches the file.
 *
 * <p>The flush variant keeps Python's default (one {@code write(2)} per record); the buffered
 * and async variants turn on the file handler's buffered mode ({@link #BUFFER_SIZE} bytes,
 * written out at the latest {@link #MAX_DELAY_MILLIS} after a record was logged).
 */
public final class LogwrightSetup {
  /** Python's {@code %(asctime)s %(levelname)s %(name)s: %(message)s}, default time format. */
  public static final String FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s";
  /**
   * As many slots as Log4j2's ring buffer has (its default in garbage-free mode, which it runs in
   * here, and set explicitly in {@code Log4j2Setup}) and as the Logback queue is given.
   */
  public static final int QUEUE_CAPACITY = 4096;
  /** The buffered file's buffer, as tinylog's; Logback's default is 8 KB, Log4j2's 256 KB. */
  public static final int BUFFER_SIZE = 64 * 1024;
  /** How long a buffered record may wait before the background flush writes it. */
  public static final long MAX_DELAY_MILLIS = 1000;

  private final Logger logger;
  private final RotatingFileHandler file;
  /** Null unless async. */
  private final AsyncWiring async;

  private LogwrightSetup(Logger logger, RotatingFileHandler file, AsyncWiring async) {
    this.logger = logger;
    this.file = file;
    this.async = async;
  }

  /** Wires the {@code bench.orders} logger of the global hierarchy for {@code variant}. */
  public static LogwrightSetup start(BenchDir dir, Variant variant) {
    RotatingFileHandler file =
        new RotatingFileHandler(
            dir.file("logwright.log"),
            "a",
            BenchDir.MAX_BYTES,
            BenchDir.BACKUP_COUNT,
            StandardCharsets.UTF_8,
            false);
    file.setFormatter(new Formatter(FORMAT));
    if (variant != Variant.FLUSH) {
      file.setBuffering(BUFFER_SIZE, MAX_DELAY_MILLIS);
    }
    Logger logger = Logger.getLogger(BenchDir.LOGGER);
    logger.setLevel(Level.INFO);
    logger.setPropagate(false);
    if (variant != Variant.ASYNC) {
      logger.addHandler(file);
      return new LogwrightSetup(logger, file, null);
    }
    return new LogwrightSetup(logger, file, AsyncWiring.start(logger, file));
  }

  public Logger logger() {
    return logger;
  }

  /** Records the queue refused because it was full (0 while its listener runs); 0 unless async. */
  public long droppedCount() {
    AsyncWiring a = async;
    return a == null ? 0 : a.queue.getDroppedCount();
  }

  /** Drains the queue, if any, then closes the file. */
  public void stop() {
    if (async != null) {
      async.stop(logger);
    }
    logger.removeHandler(file);
    file.close();
  }

  /**
   * The queue in front of the file, in a class of its own so that the start-up program, which
   * writes to the file directly, loads none of the queue's classes.
   */
  private static final class AsyncWiring {
    final QueueHandler queue;
    final QueueListener listener;

    private AsyncWiring(QueueHandler queue, QueueListener listener) {
      this.queue = queue;
      this.listener = listener;
    }

    static AsyncWiring start(Logger logger, RotatingFileHandler file) {
      // A full ring makes the caller wait for the listener (back-pressure): nothing is refused
      // while the listener runs; droppedCount() still reports any refusal.
      RecordRingBuffer ring = new RecordRingBuffer(QUEUE_CAPACITY, RecordRingBuffer.WhenFull.WAIT);
      QueueHandler queue = new QueueHandler(ring);
      QueueListener listener = new QueueListener(ring, file);
      queue.setListener(listener);
      listener.start();
      logger.addHandler(queue);
      return new AsyncWiring(queue, listener);
    }

    void stop(Logger logger) {
      listener.stop();
      logger.removeHandler(queue);
      queue.close();
    }
  }
}
