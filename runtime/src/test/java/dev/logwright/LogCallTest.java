package dev.logwright;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.logwright.handlers.FileHandler;
import dev.logwright.testing.CapturingHandler;
import dev.logwright.testing.MessageMergingHandler;
import dev.logwright.testing.OwnHierarchy;
import dev.logwright.testing.StderrCapture;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies the fluent call ({@link Logger#atInfo()} … {@link LogCall#log(String)}): it gives the
 * plain call's message for every primitive, reports format errors as the plain call does, names
 * the user's frame as the caller, nests, and allocates nothing, enabled or disabled.
 */
class LogCallTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  /**
   * Keeps a copy of every record, with its caller, without formatting it: a bad format reports
   * nothing.
   */
  private static final class Keeping extends Handler {
    final List<LogRecord> records = new ArrayList<>();

    @Override
    public boolean needsCallerInfo() {
      return true;
    }

    @Override
    public void emit(LogRecord record) {
      records.add(record.copy());
    }
  }

  private static Logger logger(Handler handler) {
    return OwnHierarchy.infoLoggerTo("fluent", handler);
  }

  /** Adds each value through the overload of its primitive type; other values as objects. */
  private static LogCall withArgs(LogCall call, Object[] values) {
    for (Object v : values) {
      if (v instanceof Long) {
        call.arg((long) (Long) v);
      } else if (v instanceof Integer) {
        call.arg((int) (Integer) v);
      } else if (v instanceof Double) {
        call.arg((double) (Double) v);
      } else if (v instanceof Float) {
        call.arg((float) (Float) v);
      } else if (v instanceof Boolean) {
        call.arg((boolean) (Boolean) v);
      } else if (v instanceof Character) {
        call.arg((char) (Character) v);
      } else {
        call.arg(v);
      }
    }
    return call;
  }

  /** The message of {@code record}, or the error its merge raises. */
  private static String messageOrError(LogRecord record) {
    try {
      return record.getMessage();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static Object[] row(Object... values) {
    return values;
  }

  private static final Map<String, Object> MAPPING = new LinkedHashMap<>();

  static {
    MAPPING.put("a", 1);
  }

  /**
   * Formats × primitive values, errors included. The reference is the plain call's message for
   * the boxed values ({@code Printf}, itself checked against CPython by PrintfDifferentialTest).
   */
  private static final Object[][] TABLE = {
    row("Order %d shipped to %s in %d ms", 123_456_789L, "Lyon", 1234),
    row("%s %r %a %d %i %u", 42L, -42L, 7L, Long.MIN_VALUE, Long.MAX_VALUE, 0L),
    row("%5d|%-5d|%05d|%+d|% d|%.3d|%x|%#X|%#o|%c", 42, 42, -42, 42, 42, 7, 255, 255, 8, 0x1F600),
    row("%s %r %f %.2f %10.3e %-9g| %G %F %d %i", 0.1, -0.0, 2.5, 1.005, 12345.678, 1e-5, 1e22,
        Double.POSITIVE_INFINITY, -2.7, 1e20),
    row("%s %r %e %.3f %d", Double.NaN, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 0.0),
    row("%s %r %.3e %f %d", 0.1f, 2.5f, 1.0f / 3, Float.MAX_VALUE, 3.9f),
    row("%s %r %d %5s %x %f %c", true, false, true, false, true, true, true),
    row("%s|%r|%3s|%-3r|%a|%c", 'x', '\'', 'é', 'é', '\u1234', '\u00ff'),
    row("%s %r %s %r %d", "it's", "tab\t", null, null, new BigInteger("123456789012345678901234567890")),
    row("%*d|%-*.*f|%.*s", 6, 42L, 8, 2, 3.14159, 2L, "abcdef"),
    row("%*d|%*d", true, 1L, -4, 7),
    row("100%% of %s", "it"),
    row("%s and %(a)s", MAPPING),
    row("%(a)s", MAPPING),
    row("%s", MAPPING),
    row("%s", Collections.emptyMap()),
    // Python's errors
    row("%d items", "many"),
    row("%d %d", 1L),
    row("%d", 1L, 2L),
    row("%y", 1L),
    row("%x", 2.5),
    row("%c", 0x110000L),
    row("%c", 1.5),
    row("%*d", 1.5, 2L),
    row("%*d", 'x', 2L),
    row("%*d", 1L << 40, 2L),
    row("%(a)s", 1L),
    row("%d", Double.NaN),
    row("%d %", 1L),
  };

  @Test
  void renderingGivesThePlainCallsMessageForEveryPrimitiveAndError() {
    Keeping kept = new Keeping();
    Logger log = logger(kept);
    for (Object[] row : TABLE) {
      String format = (String) row[0];
      Object[] values = new Object[row.length - 1];
      System.arraycopy(row, 1, values, 0, values.length);
      withArgs(log.atInfo(), values).log(format);
      log.info(format, values);
    }
    assertThat(kept.records).hasSize(2 * TABLE.length);
    for (int i = 0; i < TABLE.length; i++) {
      LogRecord fluent = kept.records.get(2 * i);
      LogRecord plain = kept.records.get(2 * i + 1);
      String expected = messageOrError(plain);
      assertWithMessage("%s", TABLE[i][0]).that(messageOrError(fluent)).isEqualTo(expected);
      boolean renderedHere = fluent.getArgs() == null;
      if (renderedHere) {
        // rendered by the call, as a typed logger does: the text, no arguments
        assertWithMessage("%s", TABLE[i][0]).that(fluent.getMsg()).isEqualTo(expected);
      } else {
        // left to the plain path: the same msg and arguments as the plain call
        assertWithMessage("%s", TABLE[i][0]).that(fluent.getMsg()).isEqualTo(plain.getMsg());
        assertWithMessage("%s", TABLE[i][0]).that(fluent.getArgs()).isEqualTo(plain.getArgs());
      }
    }
    // only errors and mappings take the plain path
    long plainPath = kept.records.stream().filter(r -> r.getArgs() != null).count();
    assertThat(plainPath).isEqualTo(TABLE.length + 16);
  }

  @Test
  void withoutArgumentsTheMessageIsLoggedAsItIs() {
    Keeping kept = new Keeping();
    Logger log = logger(kept);
    log.atInfo().log("100% done, %s kept");
    log.info("100% done, %s kept");
    assertThat(kept.records.get(0).getMessage()).isEqualTo("100% done, %s kept");
    assertThat(kept.records.get(0).getMessage()).isEqualTo(kept.records.get(1).getMessage());
    assertThat(kept.records.get(0).getArgs()).isNull();
  }

  @Test
  void errorSetsTheRecordsExceptionAtTheCallsLevel() {
    Keeping kept = new Keeping();
    Logger log = logger(kept);
    IllegalStateException failure = new IllegalStateException("disk full");
    log.atError().arg(42L).error(failure).log("order %d failed");
    log.atLevel(25).arg('x').log("custom %s");
    log.atWarning().arg(1.5f).log("w %s");
    log.atCritical().arg(false).log("c %s");
    assertThat(kept.records.get(0).getExcInfo()).isSameInstanceAs(failure);
    assertThat(kept.records.get(0).getMessage()).isEqualTo("order 42 failed");
    assertThat(kept.records.get(0).getLevelno()).isEqualTo(Level.ERROR);
    assertThat(kept.records.get(1).getLevelno()).isEqualTo(25);
    assertThat(kept.records.get(1).getExcInfo()).isNull();
    assertThat(kept.records.get(2).getMessage()).isEqualTo("w 1.5");
    assertThat(kept.records.get(3).getLevelname()).isEqualTo("CRITICAL");
  }

  @Test
  void aDisabledLevelGivesTheSharedCallThatDoesNothing() {
    Keeping kept = new Keeping();
    Logger log = logger(kept);
    LogCall disabled = log.atDebug();
    assertThat(disabled).isSameInstanceAs(LogCall.DISABLED);
    assertThat(disabled.arg(1L).arg(2.0).arg("x").error(new RuntimeException())).isSameInstanceAs(disabled);
    disabled.log("%d %s %s");
    log.setLevel(Level.DEBUG);
    LogCall enabled = log.atDebug();
    assertThat(enabled).isNotSameInstanceAs(LogCall.DISABLED);
    enabled.arg(3L).log("now %d");
    assertThat(kept.records).hasSize(1);
    assertThat(kept.records.get(0).getMessage()).isEqualTo("now 3");
  }

  /**
   * Verifies that a call opened while the thread's call is open (from an argument's {@code
   * toString}) gets its own instance, and that both log their own arguments.
   */
  @Test
  void aCallFromAnArgumentsToStringNestsInsideTheOpenCall() {
    CapturingHandler captured = new CapturingHandler();
    Logger log = logger(captured);
    List<LogCall> inner = new ArrayList<>();
    Object chatty = new Object() {
      @Override
      public String toString() {
        LogCall call = log.atInfo();
        inner.add(call);
        call.arg(7L).arg(0.5).log("inner %d %s");
        return "chatty";
      }
    };
    LogCall outer = log.atInfo();
    outer.arg(1_000_000L).arg(chatty).arg(3).log("outer %d %s %d");
    assertThat(inner.get(0)).isNotSameInstanceAs(outer);
    assertThat(captured.lines()).containsExactly("inner 7 0.5", "outer 1000000 chatty 3").inOrder();
    // once ended, the thread's call is handed out again
    LogCall next = log.atInfo();
    assertThat(next).isSameInstanceAs(outer);
    next.log("again");
  }

  @Test
  void moreArgumentsThanTheReusedStorageHoldsAreAllLogged() {
    Keeping kept = new Keeping();
    Logger log = logger(kept);
    StringBuilder format = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    LogCall call = log.atInfo();
    for (int i = 0; i < 100; i++) {
      format.append("%d,");
      expected.append(i * 1000L).append(',');
      call.arg(i * 1000L);
    }
    call.log(format.toString());
    log.atInfo().arg(5).log("%d");
    assertThat(kept.records.get(0).getMessage()).isEqualTo(expected.toString());
    assertThat(kept.records.get(1).getMessage()).isEqualTo("5");
  }

  private static String withoutFrames(String report) {
    return report.lines().filter(l -> !l.startsWith("\tat ")).collect(Collectors.joining("\n"));
  }

  /** Verifies that a bad format prints the plain call's "--- Logging error ---" report. */
  @Test
  void aFormatErrorIsReportedAsThePlainCallReportsIt() {
    CapturingHandler captured = new CapturingHandler();
    Logger log = logger(captured);
    log.info("%d items from %s", "many", 42L);
    String plain = stderr.take();
    log.atInfo().arg("many").arg(42L).log("%d items from %s");
    String fluent = stderr.take();

    assertThat(plain).startsWith("--- Logging error ---\n");
    assertThat(plain).contains("%d format: a real number is required, not str");
    assertThat(withoutFrames(fluent)).isEqualTo(withoutFrames(plain));
    // the call stack starts at this method, not inside the fluent call
    String callStack = fluent.substring(fluent.indexOf("Call stack:\n") + "Call stack:\n".length());
    assertThat(callStack.lines().findFirst().orElseThrow())
        .contains("LogCallTest.aFormatErrorIsReportedAsThePlainCallReportsIt");
    assertThat(callStack).doesNotContain("dev.logwright.LogCall.");
  }

  private static int lineOfCaller() {
    return new Throwable().getStackTrace()[1].getLineNumber();
  }

  @Test
  void theCallerIsTheFrameThatCallsLog() {
    Keeping kept = new Keeping();
    Logger log = logger(kept);
    int rendered = lineOfCaller(); log.atInfo().arg(42L).arg("x").log("n=%d %s");
    int plainPath = lineOfCaller(); log.atInfo().arg("x").log("m=%s %s");
    int bare = lineOfCaller(); log.atInfo().log("bare");
    List<String> callers = new ArrayList<>();
    for (LogRecord r : kept.records) {
      callers.add(r.getFuncName() + " " + r.getFilename() + ":" + r.getLineno() + " " + r.getMsg());
    }
    String name = "theCallerIsTheFrameThatCallsLog";
    assertThat(callers).containsExactly(
        name + " LogCallTest.java:" + rendered + " n=42 x",
        name + " LogCallTest.java:" + plainPath + " m=%s %s",
        name + " LogCallTest.java:" + bare + " bare").inOrder();
  }

  @Test
  void aDisabledCallAllocatesNothing() {
    Logger log = logger(new Keeping());
    long[] id = {1_000_000L};
    double perCall = dev.logwright.testing.Allocations.bytesPerCall(200_000, 100_000,
        () -> log.atDebug().arg(id[0]++).arg("Lyon").arg((int) id[0] & 1023).log("Order %d shipped to %s in %d ms"));
    // Less than one byte per call: no object per call (the smallest is 16 bytes).
    assertThat(perCall).isLessThan(1.0);
  }


  /**
   * Verifies that ids past the JDK's box cache cost nothing: no boxing, no argument array. (A
   * float conversion would allocate: Python's exact float digits are computed with BigDecimal.)
   */
  @Test
  void anEnabledCallWithPrimitivesAllocatesNothingInSteadyState() {
    MessageMergingHandler handler = new MessageMergingHandler();
    Logger log = logger(handler);
    long[] id = {1_000_000L};
    double perCall = dev.logwright.testing.Allocations.bytesPerCall(200_000, 100_000, () -> {
      long n = id[0]++;
      log.atInfo().arg(n).arg("Lyon").arg((int) (n % 1000) + 1000).arg(n % 2 == 0).arg('!')
          .log("Order %d shipped to %s in %d ms (%d)%s");
    });
    assertThat(handler.count()).isEqualTo(300_000);
    assertThat(handler.lastMessage()).isEqualTo("Order 1299999 shipped to Lyon in 1999 ms (0)!");
    assertThat(perCall).isLessThan(1.0);
  }

  @Test
  void anEnabledCallIntoAFileHandlerAllocatesNothingInSteadyState(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("app.log");
    FileHandler handler = new FileHandler(file.toString(), "a", UTF_8, false);
    handler.setFormatter(new Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"));
    Logger log = logger(handler);
    long[] id = {1_000_000L};
    double perCall;
    try {
      perCall = dev.logwright.testing.Allocations.bytesPerCall(100_000, 50_000, () -> {
        long n = id[0]++;
        log.atInfo().arg(n).arg("Lyon").arg((int) (n % 1000) + 1000).log("Order %d shipped to %s in %d ms");
      });
    } finally {
      log.removeHandler(handler);
      handler.close();
    }
    List<String> lines = Files.readAllLines(file, UTF_8);
    assertThat(lines).hasSize(150_000);
    assertThat(lines.get(lines.size() - 1)).endsWith(" INFO fluent: Order 1149999 shipped to Lyon in 1999 ms");
    assertThat(perCall).isLessThan(1.0);
  }
}
