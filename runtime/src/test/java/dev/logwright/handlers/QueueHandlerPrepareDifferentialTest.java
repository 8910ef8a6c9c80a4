package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.Formatter;
import dev.logwright.LogRecord;
import dev.logwright.internal.PyRepr;
import dev.logwright.testing.CPython;
import dev.logwright.testing.StderrCapture;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Verifies that the record {@link QueueHandler} queues (through {@code prepare} with a blocking
 * queue, or written into a {@link RecordRingBuffer} slot) has the same {@code msg}, {@code
 * message}, {@code args}, {@code exc_info}, {@code exc_text} and {@code stack_info} as the one
 * CPython's {@code QueueHandler.prepare} returns, with and without a formatter.
 */
class QueueHandlerPrepareDifferentialTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  /** Cases: format (null: none set), logger name, level, msg, args (null: none). */
  private static final List<Object[]> CASES = Arrays.asList(
      new Object[] {null, "app", 20, "plain", null},
      new Object[] {null, "app.db", 30, "%s rows in %d ms", new Object[] {"users", 12}},
      new Object[] {"%(levelname)s:%(name)s:%(message)s", "x", 40, "value %r",
          new Object[] {"it's"}},
      new Object[] {"%(name)s|%(levelno)d|%(message)s", "pad", 10, "%d%%", new Object[] {50}},
      new Object[] {null, "u", 20, "unicode \u00e9 \u2713 %s", new Object[] {"\u00fc"}},
      new Object[] {"[%(levelname)s] %(message)s", "lvl", 25, "custom level", null});

  @ParameterizedTest
  @ValueSource(strings = {"queue", "ring"})
  void preparedRecordsMatchCPython(String kind) throws Exception {
    CPython.require(3, 13);
    Path script = Paths.get(getClass().getResource("/python/queue_prepare.py").toURI());
    String expected = CPython.runFile(script, Collections.emptyList(), json(),
        Collections.emptyMap(), null).checkedStdout();
    StringBuilder ours = new StringBuilder();
    for (Object[] c : CASES) {
      LogRecord record = new LogRecord();
      record.init((String) c[1], (Integer) c[2], c[3], (Object[]) c[4], null, 0L);
      ours.append(describe(prepare(kind, (String) c[0], record))).append('\n');
    }
    assertThat(ours.toString()).isEqualTo(expected);
  }

  private static LogRecord prepare(String kind, String fmt, LogRecord record) throws Exception {
    RecordRingBuffer ring = new RecordRingBuffer(1);
    QueueHandler handler = kind.equals("ring")
        ? new QueueHandler(ring) : new QueueHandler(new java.util.concurrent.LinkedBlockingQueue<>());
    if (fmt != null) {
      handler.setFormatter(new Formatter(fmt));
    }
    if (kind.equals("queue")) {
      return handler.prepare(record);
    }
    handler.handle(record);
    return ring.take(false, QueueListener.SENTINEL);
  }

  private static String describe(LogRecord p) {
    Object[] args = p.getArgs();
    return "msg=" + PyRepr.repr(p.getMsg()) + " | message=" + PyRepr.repr(p.getMessageAttribute())
        + " | args=" + (args == null ? "None" : PyRepr.repr(args)) + " | exc_info="
        + PyRepr.repr(p.getExcInfo()) + " | exc_text=" + PyRepr.repr(p.getExcText())
        + " | stack_info=" + PyRepr.repr(p.getStackInfo()) + " | name=" + PyRepr.repr(p.getName())
        + " | levelno=" + p.getLevelno();
  }

  private static String json() {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < CASES.size(); i++) {
      Object[] c = CASES.get(i);
      json.append(i == 0 ? "[" : ",[").append(str(c[0])).append(',').append(str(c[1]))
          .append(',').append(c[2]).append(',').append(str(c[3])).append(',');
      Object[] args = (Object[]) c[4];
      if (args == null) {
        json.append("null");
      } else {
        json.append('[');
        for (int j = 0; j < args.length; j++) {
          json.append(j == 0 ? "" : ",")
              .append(args[j] instanceof String ? str(args[j]) : args[j].toString());
        }
        json.append(']');
      }
      json.append(']');
    }
    return json.append(']').toString();
  }

  /** A JSON string; the cases hold no quote or backslash, and non-ASCII goes as \\u escapes. */
  private static String str(Object value) {
    if (value == null) {
      return "null";
    }
    StringBuilder s = new StringBuilder("\"");
    for (char ch : ((String) value).toCharArray()) {
      if (ch < 0x80) {
        s.append(ch);
      } else {
        s.append(String.format("\\u%04x", (int) ch));
      }
    }
    return s.append('"').toString();
  }
}
