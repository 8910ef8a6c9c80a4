package dev.logwright;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logwright.handlers.StreamHandler;
import dev.logwright.internal.StackTraces;
import dev.logwright.testing.StderrCapture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Behaviour of {@link Formatter} beyond what the differential table pins down. */
class FormatterTest {
  /** 2003-07-08 16:49:45.896 UTC. */
  private static final long CREATED = 1_057_682_985_896_000_000L;

  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  private static LogRecord record(String msg, Object... args) {
    LogRecord r = new LogRecord();
    r.init("app", Level.INFO, msg, args, null, CREATED);
    r.setCaller("/srv/app/main.py", 7, "run");
    return r;
  }

  private static Formatter utc(Formatter f) {
    f.setZone(ZoneOffset.UTC);
    return f;
  }

  @Test
  void defaultAsctimeIsPythonsWithMilliseconds() {
    Formatter f = utc(new Formatter("%(asctime)s"));
    assertThat(f.format(record("x"))).isEqualTo("2003-07-08 16:49:45,896");
  }

  @Test
  void defaultTimeAndMsecFormatsCanBeChanged() {
    Formatter f = utc(new Formatter("%(asctime)s"));
    f.setDefaultMsecFormat(null);
    assertThat(f.format(record("x"))).isEqualTo("2003-07-08 16:49:45");
    f.setDefaultTimeFormat("%H:%M:%S");
    f.setDefaultMsecFormat("%s.%03d");
    assertThat(f.format(record("x"))).isEqualTo("16:49:45.896");
    StringBuilder sb = new StringBuilder();
    f.format(record("x"), sb);
    assertThat(sb.toString()).isEqualTo("16:49:45.896");
  }

  @Test
  void stringPathSetsMessageAndAsctimeOnTheRecord() {
    LogRecord r = record("hello %s", "you");
    utc(new Formatter("%(asctime)s %(message)s")).format(r);
    assertThat(r.getMessageAttribute()).isEqualTo("hello you");
    assertThat(r.getAsctime()).isEqualTo("2003-07-08 16:49:45,896");
  }

  @Test
  void exceptionTextIsMadeOnceAndCachedInTheRecord() {
    IllegalStateException error = new IllegalStateException("boom");
    LogRecord r = record("failed");
    r.setExcInfo(error);
    assertThat(new Formatter().format(r)).isEqualTo("failed\n" + StackTraces.format(error));
    assertThat(r.getExcText()).isEqualTo(StackTraces.format(error));
    Formatter other = new Formatter() {
      @Override
      public String formatException(Throwable e) {
        return "never used: the record has its text";
      }
    };
    assertThat(other.format(r)).isEqualTo("failed\n" + StackTraces.format(error));
  }

  @Test
  void stackInfoFollowsOnItsOwnLineThroughFormatStack() {
    LogRecord r = record("msg");
    r.setStackInfo("Stack (most recent call last):\n  at here");
    Formatter f = new Formatter() {
      @Override
      public String formatStack(String stackInfo) {
        return stackInfo.toUpperCase();
      }
    };
    assertThat(f.format(r)).isEqualTo("msg\nSTACK (MOST RECENT CALL LAST):\n  AT HERE");
  }

  @Test
  void subclassOverridesAreHonouredByTheBufferPath() {
    Formatter f = new Formatter("%(asctime)s|%(message)s") {
      @Override
      public String formatTime(LogRecord record, String datefmt) {
        return "T";
      }
    };
    StringBuilder sb = new StringBuilder("> ");
    f.format(record("m"), sb);
    assertThat(sb.toString()).isEqualTo("> T|m");
  }

  @Test
  void failureLeavesTheBufferAsItWasAndThrowsPythonsError() {
    StringBuilder sb = new StringBuilder("kept");
    Formatter f = new Formatter("%(levelname)s %(message)s");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> f.format(record("%d", "x"), sb));
    assertThat(e).hasMessageThat().isEqualTo("%d format: a real number is required, not str");
    assertThat(sb.toString()).isEqualTo("kept");
  }

  @Test
  void missingFieldIsPythonsValueError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Formatter("%(user)s %(message)s").format(record("m")));
    assertThat(e).hasMessageThat().isEqualTo("Formatting field not found in record: 'user'");
  }

  @Test
  void defaultsFillFieldsTheRecordLacksAndExtraWins() {
    Formatter f = new Formatter("{user}:{message}", null, '{', true, Collections.singletonMap("user", "-"));
    assertThat(f.format(record("m"))).isEqualTo("-:m");
    LogRecord r = record("m");
    r.putExtra(Collections.singletonMap("user", "ann"));
    assertThat(f.format(r)).isEqualTo("ann:m");
  }

  @Test
  void eachStyleHasItsOwnDefaultFormat() {
    assertThat(new Formatter(null, null, '%').getFormat()).isEqualTo("%(message)s");
    assertThat(new Formatter(null, null, '{').getFormat()).isEqualTo("{message}");
    assertThat(new Formatter(null, null, '$').getFormat()).isEqualTo("${message}");
    assertThat(new Formatter("", null, '$').format(record("a %s", "b"))).isEqualTo("a b");
  }

  @Test
  void unknownStyleIsRejectedWithPythonsMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Formatter("x", null, '#'));
    assertThat(e).hasMessageThat().isEqualTo("Style must be one of: %,{,$");
  }

  @Test
  void withoutValidationABadFormatFailsWhenFormatting() {
    Formatter f = new Formatter("{message", null, '{', false, null);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.format(record("m")));
    assertThat(e).hasMessageThat().isEqualTo("expected '}' before end of string");
    Formatter t = new Formatter("ab $ cd", null, '$', false, null);
    e = assertThrows(IllegalArgumentException.class, () -> t.format(record("m")));
    assertThat(e).hasMessageThat().isEqualTo("Invalid placeholder in string: line 1, col 3");
  }

  @Test
  void usesTimeIsDecidedPerStyleAsPythonDoes() {
    assertThat(new Formatter("%(asctime)s").usesTime()).isTrue();
    assertThat(new Formatter("%(message)s").usesTime()).isFalse();
    assertThat(new Formatter("{asctime:>30}", null, '{').usesTime()).isTrue();
    assertThat(new Formatter("$asctime", null, '$').usesTime()).isTrue();
    assertThat(new Formatter("${asctime}", null, '$').usesTime()).isTrue();
    assertThat(new Formatter("$message", null, '$').usesTime()).isFalse();
  }

  @Test
  void usesCallerInfoWhenAnyCallerFieldIsNamed() {
    assertThat(new Formatter("%(message)s").usesCallerInfo()).isFalse();
    assertThat(new Formatter("%(lineno)d %(message)s").usesCallerInfo()).isTrue();
    assertThat(new Formatter("{funcName}", null, '{').usesCallerInfo()).isTrue();
    assertThat(new Formatter("${module}", null, '$').usesCallerInfo()).isTrue();
    assertThat(new Formatter("$pathname", null, '$').usesCallerInfo()).isTrue();
    assertThat(new Formatter("{filename!r:>9}", null, '{').usesCallerInfo()).isTrue();
  }

  @Test
  void cachedSecondIsRenderedAgainWhenTheSecondOrZoneChanges() {
    Formatter f = utc(new Formatter("%(asctime)s"));
    LogRecord r = record("x");
    StringBuilder sb = new StringBuilder();
    f.format(r, sb);
    r.setCreatedNanos(CREATED + 1_000_000_000L);
    sb.append('|');
    f.format(r, sb);
    f.setZone(java.time.ZoneId.of("Europe/Berlin"));
    sb.append('|');
    f.format(r, sb);
    assertThat(sb.toString())
        .isEqualTo("2003-07-08 16:49:45,896|2003-07-08 16:49:46,896|2003-07-08 18:49:46,896");
  }

  @Test
  void badMessageGoesToHandleErrorNotToTheCaller() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StreamHandler handler = new StreamHandler(out);
    handler.setFormatter(new Formatter("%(levelname)s:%(message)s"));
    handler.handle(record("%s %s", "only one"));
    handler.handle(record("fine %d", 3));
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("INFO:fine 3\n");
    String report = stderr.take();
    assertThat(report).contains("--- Logging error ---");
    assertThat(report).contains("not enough arguments for format string");
  }

  @Test
  void singleEmptyMappingArgumentIsATupleElementAsInPython() {
    assertThat(record("x %s", Collections.emptyMap()).getMessage()).isEqualTo("x {}");
    assertThat(record("%(a)s", Collections.singletonMap("a", 1)).getMessage()).isEqualTo("1");
  }

  /** Verifies that threads formatting different seconds at once never see each other's second. */
  @Test
  void sharedSecondCacheIsSafeAcrossThreads() throws Exception {
    Formatter f = utc(new Formatter("%(asctime)s %(message)s"));
    String[] expected = new String[4];
    for (int i = 0; i < expected.length; i++) {
      LogRecord r = record("m" + i);
      r.setCreatedNanos(CREATED + i * 1_000_000_000L);
      expected[i] = f.format(r);
    }
    java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      int first = t;
      threads[t] = new Thread(() -> {
        StringBuilder sb = new StringBuilder();
        LogRecord[] own = new LogRecord[expected.length];
        for (int i = 0; i < own.length; i++) {
          own[i] = record("m" + i);
          own[i].setCreatedNanos(CREATED + i * 1_000_000_000L);
        }
        for (int n = 0; n < 20_000; n++) {
          int i = (first + n) % own.length;
          sb.setLength(0);
          f.format(own[i], sb);
          if (!expected[i].contentEquals(sb)) {
            wrong.incrementAndGet();
          }
        }
      });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join(60_000);
      assertThat(t.isAlive()).isFalse();
    }
    assertThat(wrong.get()).isEqualTo(0);
  }
}
