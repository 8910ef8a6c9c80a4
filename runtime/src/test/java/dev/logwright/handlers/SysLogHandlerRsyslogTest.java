package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.LogRecord;
import dev.logwright.internal.UnixSockets;
import dev.logwright.testing.Peers;
import dev.logwright.testing.StderrCapture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SysLogHandler} against a real rsyslog daemon over UDP, TCP and a Unix datagram
 * socket: each record arrives with its text, facility, severity and ident (the syslog tag).
 */
@Timeout(120)
class SysLogHandlerRsyslogTest {
  @TempDir static Path dir;
  private static RsyslogPeer rsyslog;

  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  @BeforeAll
  static void startRsyslog() throws Exception {
    Path rsyslogd = Peers.which("rsyslogd");
    Peers.require(rsyslogd != null, "rsyslog (apt-get install rsyslog)");
    rsyslog = RsyslogPeer.start(rsyslogd, dir);
  }

  @AfterAll
  static void stopRsyslog() throws Exception {
    if (rsyslog != null) {
      rsyslog.close();
    }
  }

  /**
   * Verifies that every level maps to the severity CPython's table gives it (custom levels to
   * warning), under the handler's facility, with the ident as tag and the text intact.
   */
  @ParameterizedTest
  @ValueSource(strings = {"udp", "tcp", "unix"})
  void rsyslogReceivesTextFacilitySeverityAndIdent(String transport) throws Exception {
    if (transport.equals("unix")) {
      Peers.require(UnixSockets.isAvailable(), "junixsocket for AF_UNIX sockets");
    }
    String marker = transport + "-" + UUID.randomUUID();
    int[] levels = {10, 20, 30, 40, 50, 25};
    String[] severities = {"debug", "info", "warning", "err", "crit", "warning"};
    SysLogHandler handler = handler(transport);
    List<String> expected = new ArrayList<>();
    try {
      handler.setIdent("logwright: ");
      for (int i = 0; i < levels.length; i++) {
        String text = marker + " #" + i + " Grüße 世界";
        handler.handle(new LogRecord("app", levels[i], null, 0, text, null, null, null, null));
        expected.add("local3 " + severities[i] + " [logwright:] [ " + text + "]");
      }
    } finally {
      handler.close();
    }
    assertThat(rsyslog.awaitLines(marker, levels.length)).containsExactlyElementsIn(expected);
  }

  private static SysLogHandler handler(String transport) {
    switch (transport) {
      case "udp":
        return new SysLogHandler("127.0.0.1", rsyslog.udpPort, SysLogHandler.LOG_LOCAL3, null);
      case "tcp":
        return new SysLogHandler("127.0.0.1", rsyslog.tcpPort, SysLogHandler.LOG_LOCAL3,
            SysLogHandler.SocketType.STREAM);
      default:
        return new SysLogHandler(rsyslog.unixSocket.toString(), SysLogHandler.LOG_LOCAL3, null);
    }
  }
}
