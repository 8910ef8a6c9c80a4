package dev.logwright;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logwright.testing.CapturingHandler;
import dev.logwright.testing.StderrCapture;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoggerTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  private final Manager manager = new Manager();
  private final CapturingHandler capture = new CapturingHandler();

  @Test
  void placeholderIsReplacedWhenTheMiddleLoggerIsCreatedLater() {
    Logger leaf = manager.getLogger("a.b.c");
    assertThat(leaf.getParent()).isSameInstanceAs(manager.getRoot());
    Logger middle = manager.getLogger("a.b");
    assertThat(leaf.getParent()).isSameInstanceAs(middle);
    assertThat(middle.getParent()).isSameInstanceAs(manager.getRoot());
    Logger top = manager.getLogger("a");
    assertThat(middle.getParent()).isSameInstanceAs(top);
    assertThat(leaf.getParent()).isSameInstanceAs(middle);
  }

  @Test
  void sameNameGivesSameLoggerAndEmptyNameGivesRoot() {
    assertThat(manager.getLogger("x.y")).isSameInstanceAs(manager.getLogger("x.y"));
    assertThat(manager.getLogger("")).isSameInstanceAs(manager.getRoot());
    assertThat(manager.getRoot().getChild("q")).isSameInstanceAs(manager.getLogger("q"));
    assertThat(manager.getLogger("q").getChild("r").getName()).isEqualTo("q.r");
  }

  @Test
  void messageArgumentsAreMergedOnlyWhenFormatted() {
    Logger log = manager.getLogger("app");
    log.addHandler(capture);
    log.warning("%s has %d items", "cart", 3);
    assertThat(capture.lines()).containsExactly("cart has 3 items");
    LogRecord r = capture.records().get(0);
    assertThat(r.getMsg()).isEqualTo("%s has %d items");
    assertThat(r.getArgs()).asList().containsExactly("cart", 3).inOrder();
    assertThat(r.getLevelname()).isEqualTo("WARNING");
    assertThat(r.getName()).isEqualTo("app");
  }

  @Test
  void callerInfoIsTheCallingMethodWhenAFormatterUsesIt() {
    Logger log = manager.getLogger("app");
    capture.setFormatter(new Formatter("%(funcName)s %(filename)s %(module)s %(lineno)d"));
    log.addHandler(capture);
    log.error("boom"); int line = new Throwable().getStackTrace()[0].getLineNumber();
    LogRecord r = capture.records().get(0);
    assertThat(r.getFuncName()).isEqualTo("callerInfoIsTheCallingMethodWhenAFormatterUsesIt");
    assertThat(r.getPathname()).isEqualTo("dev/logwright/LoggerTest.java");
    assertThat(capture.lines()).containsExactly(
        "callerInfoIsTheCallingMethodWhenAFormatterUsesIt LoggerTest.java LoggerTest " + line);
  }

  @Test
  void callerInfoIsNotComputedWhenNoHandlerUsesIt() {
    Logger log = manager.getLogger("app");
    log.addHandler(capture);
    log.error("boom");
    LogRecord r = capture.records().get(0);
    assertThat(r.getFuncName()).isEqualTo("(unknown function)");
    assertThat(r.getLineno()).isEqualTo(0);
    assertThat(r.getFilename()).isEqualTo("(unknown file)");
  }

  @Test
  void stacklevelMovesTheCallerOutward() {
    Logger log = manager.getLogger("app");
    capture.setFormatter(new Formatter("%(funcName)s"));
    log.addHandler(capture);
    helperThatLogs(log);
    assertThat(capture.lines()).containsExactly("stacklevelMovesTheCallerOutward");
  }

  private static void helperThatLogs(Logger log) {
    log.log(Level.ERROR, "from helper", null, null, false, 2, null);
  }

  @Test
  void stackInfoStartsWithPythonsHeaderAndEndsAtTheCaller() {
    Logger log = manager.getLogger("app");
    log.addHandler(capture);
    log.log(Level.ERROR, "with stack", null, null, true, 1, null);
    String stack = capture.records().get(0).getStackInfo();
    assertThat(stack).startsWith("Stack (most recent call last):\n");
    assertThat(stack).endsWith("in stackInfoStartsWithPythonsHeaderAndEndsAtTheCaller");
    assertThat(capture.lines().get(0)).isEqualTo("with stack\n" + stack);
  }

  @Test
  void exceptionAttachesTheThrowableAndFormatsItsTrace() {
    Logger log = manager.getLogger("app");
    log.addHandler(capture);
    IllegalStateException error = new IllegalStateException("bad state");
    log.exception(error, "failed %s", "job");
    LogRecord r = capture.records().get(0);
    assertThat(r.getLevelno()).isEqualTo(Level.ERROR);
    assertThat(r.getExcInfo()).isSameInstanceAs(error);
    assertThat(capture.lines().get(0)).startsWith("failed job\njava.lang.IllegalStateException: bad state\n\tat ");
  }

  @Test
  void extraAttributesReachTheFormatterAndMayNotOverwriteBuiltIns() {
    Logger log = manager.getLogger("app");
    capture.setFormatter(new Formatter("%(user)s: %(message)s"));
    log.addHandler(capture);
    log.log(Level.ERROR, "hello", null, null, false, 1, Map.of("user", "ada"));
    assertThat(capture.lines()).containsExactly("ada: hello");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> log.log(Level.ERROR, "x", null, null, false, 1, Map.of("msg", "no")));
    assertThat(e).hasMessageThat().isEqualTo("Attempt to overwrite 'msg' in LogRecord");
  }

  @Test
  void recordsAreReusedSoHandlersThatKeepThemMustCopy() {
    Logger log = manager.getLogger("app");
    LogRecord[] seen = new LogRecord[2];
    log.addHandler(new Handler() {
      int i;

      @Override
      public void emit(LogRecord record) {
        seen[i++] = record;
      }
    });
    log.warning("one");
    log.log(Level.WARNING, new IllegalStateException("boom"), "two %s", "args");
    assertThat(seen[0]).isSameInstanceAs(seen[1]);
    // Between calls the reused record holds nothing of the last caller's.
    assertThat(seen[0].getMsg()).isNull();
    assertThat(seen[0].getArgs()).isNull();
    assertThat(seen[0].getExcInfo()).isNull();
  }

  @Test
  void aHandlerLoggingFromEmitGetsAFreshRecord() {
    Logger log = manager.getLogger("app");
    Logger inner = manager.getLogger("inner");
    inner.setPropagate(false);
    inner.addHandler(capture);
    log.addHandler(new Handler() {
      @Override
      public void emit(LogRecord record) {
        inner.warning("nested while handling %s", record.getMsg());
        assertThat(record.getMsg()).isEqualTo("outer");
      }
    });
    log.warning("outer");
    assertThat(capture.lines()).containsExactly("nested while handling outer");
  }

  @Test
  void noHandlerAnywhereFallsBackToLastResortOnStderr() {
    manager.getLogger("lonely").warning("to the last resort");
    manager.getLogger("lonely").info("below its level");
    assertThat(stderr.take()).isEqualTo("to the last resort\n");
  }

  @Test
  void withoutLastResortTheNoHandlersMessageIsPrintedOnce() {
    Handler saved = Logging.lastResort();
    Logging.setLastResort(null);
    try {
      manager.getLogger("lonely").warning("lost");
      manager.getLogger("lonely").warning("lost again");
    } finally {
      Logging.setLastResort(saved);
    }
    assertThat(stderr.take()).isEqualTo("No handlers could be found for logger \"lonely\"\n");
  }

  @Test
  void aFailingHandlerNeverThrowsIntoTheCaller() {
    Logger log = manager.getLogger("app");
    log.addHandler(new Handler() {
      @Override
      public void emit(LogRecord record) {
        throw new IllegalStateException("handler broke");
      }
    });
    log.addHandler(capture);
    log.warning("still delivered");
    assertThat(capture.lines()).containsExactly("still delivered");
    assertThat(stderr.take()).contains("--- Logging error ---\njava.lang.IllegalStateException: handler broke");
  }

  @Test
  void aBadFormatGoesToHandleErrorWithMessageAndArguments() {
    Logger log = manager.getLogger("app");
    log.addHandler(new dev.logwright.handlers.StreamHandler(new java.io.ByteArrayOutputStream()));
    log.warning("%d items", "many");
    String report = stderr.take();
    assertThat(report).startsWith("--- Logging error ---\n");
    assertThat(report).contains("%d format: a real number is required, not str");
    assertThat(report).contains("\nCall stack:\n\tat dev.logwright.LoggerTest.aBadFormatGoesToHandleErrorWithMessageAndArguments(");
    assertThat(report).endsWith("Message: '%d items'\nArguments: ('many',)\n");
  }

  @Test
  void raiseExceptionsOffSilencesTheReport() {
    Logger log = manager.getLogger("app");
    log.addHandler(new dev.logwright.handlers.StreamHandler(new java.io.ByteArrayOutputStream()));
    Logging.setRaiseExceptions(false);
    try {
      log.warning("%d items", "many");
    } finally {
      Logging.setRaiseExceptions(true);
    }
    assertThat(stderr.take()).isEmpty();
  }

  @Test
  void loggerFiltersRejectRecordsBeforeAnyHandler() {
    Logger log = manager.getLogger("app");
    log.addHandler(capture);
    log.addFilter(r -> !r.getMsg().toString().startsWith("secret"));
    log.warning("secret stuff");
    log.warning("public stuff");
    assertThat(capture.lines()).containsExactly("public stuff");
  }
}
