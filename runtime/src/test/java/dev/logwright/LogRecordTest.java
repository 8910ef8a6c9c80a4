package dev.logwright;

import static com.google.common.truth.Truth.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LogRecordTest {
  @Test
  void attributesByPythonNameAndCallerDerivation() {
    LogRecord r = new LogRecord("n", Level.ERROR, "pkg/dir/Shop.java", 42, "m %s", new Object[] {"x"}, null, "buy", null);
    assertThat(r.get("filename")).isEqualTo("Shop.java");
    assertThat(r.get("module")).isEqualTo("Shop");
    assertThat(r.get("lineno")).isEqualTo(42);
    assertThat(r.get("levelname")).isEqualTo("ERROR");
    assertThat(r.get("funcName")).isEqualTo("buy");
    assertThat(r.get("processName")).isEqualTo("MainProcess");
    assertThat(r.get("threadName")).isEqualTo(Thread.currentThread().getName());
    assertThat(r.has("nope")).isFalse();
    assertThat(r.getMessage()).isEqualTo("m x");
  }

  @Test
  void processIsThisOneUntilSetAndACopyKeepsWhatItWas() {
    LogRecord r = new LogRecord("n", Level.INFO, null, 0, "m", null, null, null, null);
    long pid = ProcessHandle.current().pid();
    assertThat(r.getProcess()).isEqualTo(pid);
    assertThat(r.get("process")).isEqualTo(pid);
    LogRecord fromHere = r.copy();
    r.setProcess(4321L, "Worker-1");
    LogRecord fromElsewhere = r.copy();
    assertThat(r.getProcess()).isEqualTo(4321L);
    assertThat(r.getProcessName()).isEqualTo("Worker-1");
    assertThat(fromHere.getProcess()).isEqualTo(pid);
    assertThat(fromElsewhere.getProcess()).isEqualTo(4321L);
    r.init("n", Level.INFO, "reused", null, null, 0);
    assertThat(r.getProcess()).isEqualTo(pid);
    assertThat(r.getProcessName()).isEqualTo("MainProcess");
  }

  @Test
  void unknownPathnameGivesPythonsPlaceholders() {
    LogRecord r = new LogRecord("n", Level.INFO, null, 0, "m", null, null, null, null);
    assertThat(r.getFilename()).isEqualTo("(unknown file)");
    assertThat(r.getModule()).isEqualTo("Unknown module");
  }

  @Test
  void timeAttributesFollowPython313() {
    LogRecord r = new LogRecord();
    r.init("n", Level.INFO, "m", null, null, 1_700_000_000_123_456_789L);
    assertThat(r.getCreated()).isEqualTo(1_700_000_000.123456789);
    assertThat(r.getMsecs()).isEqualTo(123.0);
    // gh-89047: 999 ms that rounds created up to the next second counts as 0 ms.
    r.setCreatedNanos(1_700_000_000_999_999_999L);
    assertThat(r.getMsecs()).isEqualTo(0.0);
  }

  @Test
  void singleMapArgumentIsTheMappingForm() {
    LogRecord r = new LogRecord("n", Level.INFO, null, 0, "%(a)s-%(b)s", new Object[] {Map.of("a", 1, "b", "two")}, null, null, null);
    assertThat(r.getMessage()).isEqualTo("1-two");
  }

  @Test
  void copyIsIndependentOfLaterReuse() {
    LogRecord r = new LogRecord("n", Level.INFO, null, 0, "first", null, null, null, null);
    r.putExtra(Map.of("k", "v"));
    LogRecord c = r.copy();
    r.init("other", Level.DEBUG, "second", null, null, 0);
    assertThat(c.getMsg()).isEqualTo("first");
    assertThat(c.getName()).isEqualTo("n");
    assertThat(c.get("k")).isEqualTo("v");
  }

  @Test
  void markedMessageIsMadeWhenReadAndKeptWhenMsgChangesLater() {
    LogRecord r = new LogRecord("n", Level.INFO, null, 0, "%s-%s", new Object[] {"a", 1}, null, null, null);
    assertThat(r.getMessageAttribute()).isNull();
    r.markMessageMerged();
    LogRecord copy = r.copy();
    r.setMsg("changed");
    r.setArgs(null);
    assertThat(r.getMessageAttribute()).isEqualTo("a-1");
    assertThat(copy.getMessageAttribute()).isEqualTo("a-1");
    r.setMessageAttribute("explicit");
    assertThat(r.getMessageAttribute()).isEqualTo("explicit");
  }

  @Test
  void markedAsctimeComesFromTheFormatterAndSurvivesATimeChange() {
    Formatter f = new Formatter("%(asctime)s", "%Y");
    f.setZone(java.time.ZoneOffset.UTC);
    LogRecord r = new LogRecord();
    r.init("n", Level.INFO, "m", null, null, 1_700_000_000_000_000_000L);
    r.markAsctime(f);
    r.setCreatedNanos(0L);
    assertThat(r.getAsctime()).isEqualTo("2023");
    assertThat(r.get("asctime")).isEqualTo("2023");
  }

  @Test
  void formattingSetsMessageAndAsctimeAsPythonDoes() {
    Formatter f = new Formatter("%(asctime)s %(message)s", "%Y");
    f.setZone(java.time.ZoneOffset.UTC);
    LogRecord r = new LogRecord();
    r.init("n", Level.INFO, "x=%d", new Object[] {5}, null, 1_700_000_000_000_000_000L);
    StringBuilder out = new StringBuilder();
    f.format(r, out);
    assertThat(out.toString()).isEqualTo("2023 x=5");
    assertThat(r.getMessageAttribute()).isEqualTo("x=5");
    assertThat(r.getAsctime()).isEqualTo("2023");
  }
}
