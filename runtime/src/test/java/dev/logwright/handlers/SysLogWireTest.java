package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.LogRecord;
import dev.logwright.internal.UnixSockets;
import dev.logwright.testing.CPython;
import dev.logwright.testing.Peers;
import dev.logwright.testing.StderrCapture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bytes {@link SysLogHandler} puts on the wire, recorded by a raw CPython listener, against
 * those of CPython's {@code SysLogHandler} for the same records and settings.
 */
@Timeout(120)
class SysLogWireTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path tmp;

  private static final int[] LEVELS = {10, 20, 30, 40, 50, 25, 5};
  private static final String[] MESSAGES = {"débug ü", "info 世界", "warn \uD83C\uDF89", "100% error",
      "critical\nsecond line", "custom level", "below debug"};

  @BeforeEach
  void requirePython() {
    CPython.require(3, 13);
  }

  /** Verifies that each transport carries byte for byte what CPython's handler sends. */
  @ParameterizedTest(name = "{0} appendNul={1}")
  @CsvSource({"udp, true", "udp, false", "tcp, true", "unix-dgram, true", "unix-stream, true",
      "unix-stream, false"})
  void bytesOnTheWireEqualCPythons(String mode, boolean appendNul) throws Exception {
    if (mode.startsWith("unix")) {
      Peers.require(UnixSockets.isAvailable(), "junixsocket for AF_UNIX sockets");
    }
    List<String> ours;
    try (PythonPeer receiver = startReceiver(mode, "ours")) {
      String where = receiver.awaitLine("READY");
      SysLogHandler handler = ourHandler(mode, where);
      try {
        handler.setIdent("wire: ");
        handler.setAppendNul(appendNul);
        for (int i = 0; i < LEVELS.length; i++) {
          handler.handle(new LogRecord("wire", LEVELS[i], null, 0, MESSAGES[i], null, null, null, null));
        }
        if (mode.startsWith("unix")) {
          assertThat(handler.getSocktype()).isEqualTo(mode.equals("unix-dgram")
              ? SysLogHandler.SocketType.DGRAM : SysLogHandler.SocketType.STREAM);
        }
      } finally {
        java.nio.channels.NetworkChannel open = handler.socket;
        handler.close();
        assertThat(open.isOpen()).isFalse();
        assertThat(handler.socket).isNull();
      }
      ours = PickleInteropTest.lines(receiver.awaitOutput(), "DATA");
    }
    List<String> theirs;
    try (PythonPeer receiver = startReceiver(mode, "cpython")) {
      String where = receiver.awaitLine("READY");
      String senderMode = mode.startsWith("unix") ? "unix" : mode;
      CPython.runFile(PythonPeer.script("syslog_sender.py"), List.of(senderMode, where),
          spec(appendNul), Map.of(), null).checkedStdout();
      theirs = PickleInteropTest.lines(receiver.awaitOutput(), "DATA");
    }
    assertThat(ours).isNotEmpty();
    assertThat(ours).containsExactlyElementsIn(theirs).inOrder();
  }

  private PythonPeer startReceiver(String mode, String tag) throws Exception {
    String address = mode.startsWith("unix") ? tmp.resolve(tag + ".sock").toString() : "0";
    boolean stream = mode.equals("tcp") || mode.equals("unix-stream");
    return PythonPeer.start("raw_receiver.py", mode, address, String.valueOf(stream ? 1 : LEVELS.length));
  }

  private static SysLogHandler ourHandler(String mode, String where) {
    switch (mode) {
      case "udp":
        return new SysLogHandler("127.0.0.1", Integer.parseInt(where), SysLogHandler.LOG_LOCAL5, null);
      case "tcp":
        return new SysLogHandler("127.0.0.1", Integer.parseInt(where), SysLogHandler.LOG_LOCAL5,
            SysLogHandler.SocketType.STREAM);
      default:
        return new SysLogHandler(where, SysLogHandler.LOG_LOCAL5, null);
    }
  }

  private static String spec(boolean appendNul) {
    List<Object> records = new ArrayList<>();
    for (int i = 0; i < LEVELS.length; i++) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("levelno", LEVELS[i]);
      r.put("msg", MESSAGES[i]);
      records.add(r);
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("facility", SysLogHandler.LOG_LOCAL5);
    spec.put("ident", "wire: ");
    spec.put("append_nul", appendNul);
    spec.put("records", records);
    StringBuilder sb = new StringBuilder();
    PickleScenario.json(sb, spec);
    return sb.toString();
  }
}
