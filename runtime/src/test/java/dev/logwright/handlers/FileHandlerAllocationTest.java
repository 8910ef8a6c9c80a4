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
 * Verifies that writing a record through the file handlers allocates nothing once their buffers
 * have grown: the rotating size test reuses the text it formats, and bytes go from a reusable
 * buffer to the file. The formatter appends the message only, so that what is counted is the
 * handlers' own path. Counted with HotSpot's per-thread allocation counter, not timed.
 */
class FileHandlerAllocationTest {
  private static final int WARMUP = 200_000;
  private static final int MEASURED = 100_000;

  @TempDir Path dir;

  @Test
  void fileHandlerAllocatesNothingPerRecord() throws Exception {
    FileHandler h = new FileHandler(dir.resolve("f.log").toString());
    assertNoAllocationPerRecord(h);
    assertThat(Files.size(dir.resolve("f.log"))).isEqualTo((long) (WARMUP + MEASURED) * "order shipped\n".length());
  }

  @Test
  void rotatingFileHandlerAllocatesNothingPerRecordBetweenRollovers() throws Exception {
    RotatingFileHandler h = new RotatingFileHandler(dir.resolve("r.log").toString(), 1L << 40, 3);
    assertNoAllocationPerRecord(h);
    assertThat(Files.size(dir.resolve("r.log"))).isEqualTo((long) (WARMUP + MEASURED) * "order shipped\n".length());
  }

  @Test
  void bufferedRotatingFileHandlerAllocatesNothingPerRecordNorPerBufferWrite() throws Exception {
    RotatingFileHandler h = new RotatingFileHandler(dir.resolve("b.log").toString(), 1L << 40, 3);
    // 8 KB: the measured records fill and write the buffer about 170 times.
    h.setBuffering(8192, 3_600_000L);
    assertNoAllocationPerRecord(h);
    assertThat(Files.size(dir.resolve("b.log"))).isEqualTo((long) (WARMUP + MEASURED) * "order shipped\n".length());
  }

  @Test
  void bufferedRotatingFileHandlerFormattingBeforeItsLockAllocatesNothingPerRecord() throws Exception {
    RotatingFileHandler h = new RotatingFileHandler(dir.resolve("t.log").toString(), 1L << 40, 3);
    h.setBuffering(8192, 3_600_000L);
    assertNoAllocationPerRecord(h, new ThreadSafeMessageOnly());
    assertThat(Files.size(dir.resolve("t.log"))).isEqualTo((long) (WARMUP + MEASURED) * "order shipped\n".length());
  }

  /** Appends the message and nothing else, allocating nothing; formats under the lock. */
  private static class MessageOnly extends Formatter {
    @Override
    public void format(LogRecord record, StringBuilder out) {
      record.appendMessage(out);
    }
  }

  /** As {@link MessageOnly}, but lets the handler format before taking its lock. */
  private static final class ThreadSafeMessageOnly extends MessageOnly {
    @Override
    public boolean isThreadSafe() {
      return true;
    }
  }

  private static void assertNoAllocationPerRecord(FileHandler h) {
    assertNoAllocationPerRecord(h, new MessageOnly());
  }

  private static void assertNoAllocationPerRecord(FileHandler h, Formatter formatter) {
    h.setFormatter(formatter);
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
  }
}
