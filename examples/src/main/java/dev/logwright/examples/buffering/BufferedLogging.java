package dev.logwright.examples.buffering;

import dev.logwright.Handler;
import dev.logwright.annotations.LogFormat;
import dev.logwright.annotations.LoggingConfig;
import dev.logwright.annotations.RootLogger;
import dev.logwright.annotations.ToFile;
import dev.logwright.annotations.ToMemory;
import dev.logwright.annotations.ToQueue;

/**
 * A queue in front of a file, so the logging thread never waits for the disk, and a memory buffer
 * that keeps the last records and writes them to {@code incidents.log} only when an ERROR arrives.
 */
@LoggingConfig(root = @RootLogger(level = "DEBUG", handlers = {"background", "incidents"}))
public interface BufferedLogging extends AutoCloseable {
  @ToFile(filename = "${LOG_DIR:-logs}/all.log")
  @LogFormat("%(threadName)s %(levelname)s %(message)s")
  Handler file();

  @ToQueue(handlers = "file")
  Handler background();

  @ToFile(filename = "${LOG_DIR:-logs}/incidents.log")
  @LogFormat("%(levelname)s %(message)s")
  Handler incidentFile();

  @ToMemory(capacity = 100, flushLevel = "ERROR", target = "incidentFile", flushOnClose = false)
  Handler incidents();

  @Override
  void close();
}
