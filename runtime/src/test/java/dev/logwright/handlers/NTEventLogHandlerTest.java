package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.Formatter;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.testing.StderrCapture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;

/** NTEventLogHandler's mapping and hooks through a recording backend, and its non-Windows path. */
class NTEventLogHandlerTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  /** Keeps every event it is given; can be told to fail. */
  static final class RecordingBackend implements NTEventLogHandler.Backend {
    final List<String> events = new ArrayList<>();
    int closed;
    boolean failing;

    @Override
    public void reportEvent(String appname, int eventId, int category, int type, String message) {
      if (failing) {
        throw new IllegalStateException("event log full");
      }
      events.add(appname + "|" + eventId + "|" + category + "|" + type + "|" + message);
    }

    @Override
    public void close() {
      closed++;
    }
  }

  private static LogRecord record(int level, String msg) {
    return new LogRecord("svc", level, "/srv/svc.py", 3, msg, null, null, "run", null);
  }

  @Test
  void levelsMapToEventTypesAsInPython() {
    RecordingBackend backend = new RecordingBackend();
    NTEventLogHandler h = new NTEventLogHandler("MyApp", null, "Application", backend);
    for (int level : new int[] {Level.DEBUG, Level.INFO, Level.WARNING, Level.ERROR, Level.CRITICAL, 25, 0}) {
      h.handle(record(level, "at " + level));
    }
    assertThat(backend.events).containsExactly(
        "MyApp|1|0|4|at 10", "MyApp|1|0|4|at 20", "MyApp|1|0|2|at 30", "MyApp|1|0|1|at 40",
        "MyApp|1|0|1|at 50", "MyApp|1|0|1|at 25", "MyApp|1|0|1|at 0").inOrder();
  }

  @Test
  void typemapAndDeftypeCanBeChanged() {
    RecordingBackend backend = new RecordingBackend();
    NTEventLogHandler h = new NTEventLogHandler("MyApp", null, "Application", backend);
    h.getTypemap().put(25, NTEventLogHandler.EVENTLOG_WARNING_TYPE);
    h.setDeftype(NTEventLogHandler.EVENTLOG_INFORMATION_TYPE);
    h.handle(record(25, "notice"));
    h.handle(record(5, "trace"));
    assertThat(backend.events).containsExactly("MyApp|1|0|2|notice", "MyApp|1|0|4|trace").inOrder();
  }

  @Test
  void hooksAndFormatterDecideTheEvent() {
    RecordingBackend backend = new RecordingBackend();
    NTEventLogHandler h = new NTEventLogHandler("MyApp", "C:\\msgs.dll", "System", backend) {
      @Override
      public int getMessageID(LogRecord record) {
        return 1000 + record.getLevelno();
      }

      @Override
      public int getEventCategory(LogRecord record) {
        return record.getName().length();
      }

      @Override
      public int getEventType(LogRecord record) {
        return EVENTLOG_AUDIT_FAILURE;
      }
    };
    h.setFormatter(new Formatter("%(levelname)s:%(name)s:%(message)s"));
    h.handle(record(Level.ERROR, "disk full"));
    assertThat(backend.events).containsExactly("MyApp|1040|3|16|ERROR:svc:disk full");
    assertThat(h.getDllname()).isEqualTo("C:\\msgs.dll");
    assertThat(h.getLogtype()).isEqualTo("System");
  }

  @Test
  void backendFailureEndsInHandleErrorAndTheNextRecordGoesThrough() {
    RecordingBackend backend = new RecordingBackend();
    List<Throwable> errors = new ArrayList<>();
    NTEventLogHandler h = new NTEventLogHandler("MyApp", null, "Application", backend) {
      @Override
      public void handleError(LogRecord record, Throwable error) {
        errors.add(error);
      }
    };
    backend.failing = true;
    h.handle(record(Level.ERROR, "lost"));
    backend.failing = false;
    h.handle(record(Level.ERROR, "kept"));
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).hasMessageThat().isEqualTo("event log full");
    assertThat(backend.events).containsExactly("MyApp|1|0|1|kept");
  }

  @Test
  void closeReleasesTheBackendOnce() {
    RecordingBackend backend = new RecordingBackend();
    NTEventLogHandler h = new NTEventLogHandler("MyApp", null, "Application", backend);
    h.close();
    h.close();
    assertThat(backend.closed).isEqualTo(1);
    assertThat(h.isClosed()).isTrue();
  }

  /** Verifies Python's behaviour where the event log is missing: one warning, then silence. */
  @Test
  @DisabledOnOs(OS.WINDOWS)
  void elsewhereOneWarningAndNoOutput() {
    NTEventLogHandler h = new NTEventLogHandler("MyApp");
    String warning = stderr.take();
    assertThat(warning).contains("Windows event log is not available");
    assertThat(warning.trim().split("\n")).hasLength(1);
    assertThat(h.hasBackend()).isFalse();
    h.handle(record(Level.ERROR, "dropped"));
    h.close();
    assertThat(stderr.take()).isEmpty();
  }

  @Test
  void windowsWithoutJnaWarnsNamingTheArtifact() {
    NTEventLogHandler.Backend b = NTEventLogHandler.windowsBackend("Windows 11", () -> {
      throw new NoClassDefFoundError("com/sun/jna/platform/win32/Advapi32");
    });
    assertThat(b).isNull();
    assertThat(stderr.take()).contains("net.java.dev.jna:jna-platform");
  }

  @Test
  void windowsBackendIsUsedWhenItOpens() {
    RecordingBackend backend = new RecordingBackend();
    assertThat(NTEventLogHandler.windowsBackend("Windows Server 2022", () -> backend)).isSameInstanceAs(backend);
    assertThat(stderr.take()).isEmpty();
  }

  /** On Windows: a real event through JNA, reported without error. */
  @Test
  @EnabledOnOs(OS.WINDOWS)
  void windowsEventLogTakesAnEvent() {
    List<Throwable> errors = new ArrayList<>();
    NTEventLogHandler h = new NTEventLogHandler("Logwright test", null, "Application") {
      @Override
      public void handleError(LogRecord record, Throwable error) {
        errors.add(error);
      }
    };
    assertThat(h.hasBackend()).isTrue();
    h.handle(record(Level.WARNING, "Logwright NTEventLogHandlerTest"));
    h.close();
    assertThat(errors).isEmpty();
  }
}
