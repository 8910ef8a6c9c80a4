package dev.logwright;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.logwright.testing.Peers;
import java.lang.management.ManagementFactory;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verifies that formatting into a reused buffer allocates nothing once warm, for the common
 * formats of each style: the message, fields and time (seconds rendered once, then cached) are
 * appended straight into the buffer.
 */
class FormatterAllocationTest {
  private static final int WARM_UP = 30_000;
  private static final int MEASURED = 10_000;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "%|%(message)s|",
        "%|%(asctime)s %(levelname)-8s %(name)s: %(message)s|",
        "%|%(asctime)s,%(msecs)03d %(levelname)s [%(threadName)s] %(module)s.%(funcName)s:%(lineno)d %(message)s|",
        "%|%(asctime)s %(levelno)5d %(process)d %(thread)d %(message)s|%Y-%m-%dT%H:%M:%S%z",
        "{|{asctime} {levelname:<8} {name}: {message}|",
        "{|{asctime} {levelname} {lineno:>5} {message:>40}|%d/%b/%Y:%H:%M:%S",
        "$|${asctime} $levelname $name: $message|",
      })
  void steadyStateFormattingAllocatesNothing(String style, String fmt, String datefmt) {
    Peers.require(allocationCounting(), "per-thread allocation counting (HotSpot ThreadMXBean)");
    Formatter formatter = new Formatter(fmt, datefmt, style.charAt(0));
    formatter.setZone(ZoneId.of("Europe/Berlin"));
    LogRecord record = new LogRecord();
    record.init("app.db", Level.INFO, "user %s logged in after %d tries", new Object[] {"alice", 3},
        null, 1_057_675_785_000_000_000L);
    record.setCaller("/srv/app/db/models.py", 42, "login");
    StringBuilder buffer = new StringBuilder(256);
    long[] nanos = {record.getCreatedNanos()};
    LogRecord template = record.copy();
    Runnable once = () -> {
      // time moves on by 10 µs per record, within one second; the record is refilled for each
      // event, as a Logger refills its reused record, which forgets what the last format set
      nanos[0] += 10_000;
      template.setCreatedNanos(nanos[0]);
      record.copyFrom(template);
      buffer.setLength(0);
      formatter.format(record, buffer);
    };
    during(WARM_UP, once);
    long bytes = during(MEASURED, once);
    assertWithMessage("bytes allocated by %s formats of %s (last: %s)", MEASURED, fmt, buffer)
        .that(bytes).isLessThan(MEASURED);
    assertWithMessage("output").that(buffer.toString()).isEqualTo(formatter.format(record));
  }

  /** Verifies that the measurement sees allocation: the String path makes a String per record. */
  @Test
  void measurementSeesTheStringPathAllocate() {
    Peers.require(allocationCounting(), "per-thread allocation counting (HotSpot ThreadMXBean)");
    Formatter formatter = new Formatter("%(levelname)s %(message)s");
    LogRecord record = new LogRecord();
    record.init("app", Level.INFO, "hello %s", new Object[] {"you"}, null, 1_057_675_785_000_000_000L);
    String[] last = new String[1];
    Runnable once = () -> last[0] = formatter.format(record);
    during(WARM_UP, once);
    assertWithMessage("bytes").that(during(MEASURED, once)).isAtLeast(MEASURED * 16L);
    assertWithMessage("output").that(last[0]).isEqualTo("INFO hello you");
  }

  private static boolean allocationCounting() {
    return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean
        && ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
            .isThreadAllocatedMemoryEnabled();
  }

  /** Runs {@code action} {@code times} times; returns the bytes this thread allocated meanwhile. */
  private static long during(int times, Runnable action) {
    com.sun.management.ThreadMXBean bean =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = bean.getThreadAllocatedBytes(thread);
    for (int i = 0; i < times; i++) {
      action.run();
    }
    return bean.getThreadAllocatedBytes(thread) - before;
  }
}
