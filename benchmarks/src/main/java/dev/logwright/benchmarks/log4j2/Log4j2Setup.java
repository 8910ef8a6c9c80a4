package dev.logwright.benchmarks.log4j2;

import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.Variant;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Log4j2 configured from {@code bench/log4j2/<variant>.xml}: a {@code RollingRandomAccessFile}
 * appender (Log4j2's fastest file appender, garbage-free) with a 256 MB size trigger and 3
 * backups renamed as Python does ({@code fileIndex="min"}). The async variant uses the buffered
 * file behind all-async loggers (the LMAX Disruptor).
 */
public final class Log4j2Setup {
  private Log4j2Setup() {}

  /** Configures Log4j2; must run before anything else in the JVM touches Log4j2. */
  public static Logger start(BenchDir dir, Variant variant) {
    System.setProperty("bench.dir", dir.path().toString());
    String file = variant == Variant.FLUSH ? "flush" : "buffered";
    System.setProperty("log4j2.configurationFile", "bench/log4j2/" + file + ".xml");
    if (variant == Variant.ASYNC) {
      System.setProperty(
          "log4j2.contextSelector", "org.apache.logging.log4j.core.async.AsyncLoggerContextSelector");
      // Log4j2's own default in garbage-free mode, stated so that the other queues can match it.
      System.setProperty("log4j2.asyncLoggerRingBufferSize", "4096");
    }
    return LogManager.getLogger(BenchDir.LOGGER);
  }

  /** Drains the async loggers, flushes and closes the file. */
  public static void stop() {
    LogManager.shutdown();
  }
}
