package dev.logwright.benchmarks.logback;

import ch.qos.logback.classic.LoggerContext;
import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logback configured from {@code bench/logback/<variant>.xml}: a {@code RollingFileAppender} with
 * a 256 MB {@code SizeBasedTriggeringPolicy} and a fixed window of 3 backups (Python's naming).
 * The async variant puts an {@code AsyncAppender} (no discarding, blocking when full) in front of
 * the buffered file.
 */
public final class LogbackSetup {
  private LogbackSetup() {}

  /** Configures Logback; must run before anything else in the JVM touches SLF4J. */
  public static Logger start(BenchDir dir, Variant variant) {
    System.setProperty("bench.dir", dir.path().toString());
    System.setProperty("logback.configurationFile", "bench/logback/" + variant.id() + ".xml");
    return LoggerFactory.getLogger(BenchDir.LOGGER);
  }

  /** Drains the async appender, flushes and closes the file. */
  public static void stop() {
    ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
  }
}
