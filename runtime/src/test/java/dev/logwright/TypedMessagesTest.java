package dev.logwright;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.testing.CapturingHandler;
import dev.logwright.testing.StderrCapture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Verifies the runtime side of typed loggers: {@link Logger#logMessage} logs a rendered message
 * as is, with the caller {@code stacklevel} names; {@link LogRecord#copyFrom} keeps a reused
 * buffer's text; {@link TypedMessages} hands out the thread's buffer once at a time.
 */
class TypedMessagesTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  private static Logger logger(Handler handler) {
    Logger log = new Manager().getLogger("typed");
    log.setLevel(Level.INFO);
    log.addHandler(handler);
    return log;
  }

  /** A stand-in for a generated typed method: the caller of this method is the record's caller. */
  private static void typedMethod(Logger log, StringBuilder message) {
    log.logMessage(Level.INFO, message, null, 2);
  }

  @Test
  void logMessageLogsTheTextAsIsWithTheTypedMethodsCaller() {
    CapturingHandler kept = new CapturingHandler();
    kept.setFormatter(new Formatter("%(funcName)s %(filename)s %(message)s"));
    Logger log = logger(kept);
    StringBuilder buffer = new StringBuilder("100% done, %s kept");
    typedMethod(log, buffer);
    buffer.setLength(0);
    buffer.append("overwritten");
    log.logMessage(Level.DEBUG, buffer, null, 1);

    assertThat(kept.lines()).containsExactly(
        "logMessageLogsTheTextAsIsWithTheTypedMethodsCaller TypedMessagesTest.java 100% done, %s kept");
    LogRecord record = kept.records().get(0);
    assertThat(record.getMsg()).isEqualTo("100% done, %s kept");
    assertThat(record.getArgs()).isNull();
  }

  /** As generated code does: render into the thread's buffer, log the buffer, release it. */
  private static void typedCall(Logger log, String text) {
    TypedMessages.Buffer buffer = TypedMessages.acquire();
    try {
      buffer.text().append(text);
      log.logMessage(Level.INFO, buffer, null, 2);
    } finally {
      buffer.release();
    }
  }

  @Test
  void aBufferLoggedFromInsideAHandlerGetsARecordOfItsOwn() {
    CapturingHandler kept = new CapturingHandler();
    kept.setFormatter(new Formatter("%(funcName)s %(message)s"));
    Logger log = logger(kept);
    List<String> seenInside = new ArrayList<>();
    log.addHandler(new Handler() {
      @Override
      public void emit(LogRecord record) {
        if (record.getMessage().equals("outer")) {
          typedCall(log, "inner");
          seenInside.add(record.getMessage()); // the outer record is still whole
        }
      }
    });

    typedCall(log, "outer");

    assertThat(kept.lines())
        .containsExactly("aBufferLoggedFromInsideAHandlerGetsARecordOfItsOwn outer", "emit inner")
        .inOrder();
    assertThat(seenInside).containsExactly("outer");
    assertThat(kept.records().get(0).getMsg()).isEqualTo("outer");
  }

  @Test
  void copyFromTurnsANonStringMessageIntoItsText() {
    StringBuilder buffer = new StringBuilder("first");
    LogRecord record = new LogRecord("n", Level.INFO, null, 0, buffer, null, null, null, null);
    LogRecord copy = record.copy();
    buffer.setLength(0);
    buffer.append("second");
    assertThat(copy.getMsg()).isEqualTo("first");
    assertThat(record.getMessage()).isEqualTo("second");
  }

  @Test
  void theThreadsBufferIsLentOnceAtATime() {
    TypedMessages.Buffer first = TypedMessages.acquire();
    first.text().append("in use");
    TypedMessages.Buffer nested = TypedMessages.acquire();
    assertThat(nested).isNotSameInstanceAs(first);
    assertThat(nested.text()).isNotSameInstanceAs(first.text());
    nested.release();
    assertThat(first.text().toString()).isEqualTo("in use");
    first.release();
    TypedMessages.Buffer again = TypedMessages.acquire();
    assertThat(again).isSameInstanceAs(first);
    assertThat(again.text().length()).isEqualTo(0);
    again.release();
  }

  @Test
  void appendGivesTheTextOfPercentFormatting() {
    List<String> typed = new ArrayList<>();
    List<String> printf = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    TypedMessages.append(sb, 255L, 8 /* # */, -1, -1, 'x');
    typed.add(sb.toString());
    printf.add(new LogRecord("n", 20, null, 0, "%#x", new Object[] {255L}, null, null, null).getMessage());
    sb.setLength(0);
    TypedMessages.append(sb, true, 0, 6, -1, 's');
    typed.add(sb.toString());
    printf.add(new LogRecord("n", 20, null, 0, "%6s", new Object[] {true}, null, null, null).getMessage());
    sb.setLength(0);
    TypedMessages.append(sb, 'é', 1 /* - */, 3, -1, 'r');
    typed.add(sb.toString());
    printf.add(new LogRecord("n", 20, null, 0, "%-3r", new Object[] {'é'}, null, null, null).getMessage());
    sb.setLength(0);
    TypedMessages.append(sb, 2.5f, 0, -1, 3, 'e');
    typed.add(sb.toString());
    printf.add(new LogRecord("n", 20, null, 0, "%.3e", new Object[] {2.5f}, null, null, null).getMessage());
    assertThat(typed).containsExactlyElementsIn(printf).inOrder();
  }
}
