package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.Formatter;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies that between rollovers a record costs the timed handler no allocation, the clock
 * reading of the rollover test included. Counted with HotSpot's per-thread allocation counter,
 * not timed.
 */
class TimedRotatingFileHandlerAllocationTest {
  private static final int WARMUP = 200_000;
  private static final int MEASURED = 100_000;

  @TempDir Path dir;

  /** Appends the message and nothing else, allocating nothing. */
  private static final class MessageOnly extends Formatter {
    @Override
    public void format(LogRecord record, StringBuilder out) {
      record.appendMessage(out);
    }
  }

  @Test
  void allocatesNothingPerRecordBetweenRollovers() throws Exception {
    Path file = dir.resolve("t.log");
    // Weekly: no rollover falls within the test, whatever the time.
    TimedRotatingFileHandler h = new TimedRotatingFileHandler(file.toString(), "W0", 1, 3);
    h.setFormatter(new MessageOnly());
    LogRecord record = new LogRecord("app", Level.INFO, "p", 1, "order shipped", null, null, null, null);
    com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    try {
      for (int i = 0; i < WARMUP; i++) {
        h.handle(record);
      }
      long before = bean.getThreadAllocatedBytes(thread);
      for (int i = 0; i < MEASURED; i++) {
        h.handle(record);
      }
      double perRecord = (bean.getThreadAllocatedBytes(thread) - before) / (double) MEASURED;
      // Under one byte per record: no object is allocated per record.
      assertThat(perRecord).isLessThan(1.0);
    } finally {
      h.close();
    }
    assertThat(Files.size(file)).isEqualTo((long) (WARMUP + MEASURED) * "order shipped\n".length());
  }
}
