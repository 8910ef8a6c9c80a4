package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logwright.LogRecord;
import dev.logwright.testing.CPython;
import dev.logwright.testing.StderrCapture;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SysLogHandler}'s tables, priorities, argument checks and failure handling. */
@Timeout(120)
class SysLogHandlerTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  /** Verifies that the facility, priority and level-name tables are CPython's, entry for entry. */
  @Test
  void tablesEqualCPythons() throws Exception {
    CPython.require(3, 13);
    String script = "from logging.handlers import SysLogHandler as S\n"
        + "for t in (S.facility_names, S.priority_names, S.priority_map):\n"
        + "    print(' '.join('%s=%s' % kv for kv in sorted(t.items())))\n"
        + "h = S.__new__(S)\n"
        + "print(h.mapPriority('Level 25'), h.encodePriority('local7', 'debug'), h.encodePriority(3, 'err'))\n";
    String[] lines = CPython.run(script, "", Map.of(), null).checkedStdout().split("\n");
    assertThat(joined(SysLogHandler.FACILITY_NAMES)).isEqualTo(lines[0]);
    assertThat(joined(SysLogHandler.PRIORITY_NAMES)).isEqualTo(lines[1]);
    assertThat(joined(SysLogHandler.PRIORITY_MAP)).isEqualTo(lines[2]);
    try (SysLogHandler h = udpHandler()) {
      assertThat(h.mapPriority("Level 25") + " " + h.encodePriority("local7", "debug") + " "
          + h.encodePriority(3, "err")).isEqualTo(lines[3]);
    }
  }

  private static String joined(Map<String, ?> table) {
    List<String> items = new ArrayList<>();
    new java.util.TreeMap<>(table).forEach((k, v) -> items.add(k + "=" + v));
    return String.join(" ", items);
  }

  /**
   * Verifies that a message too long for one UDP datagram goes to handleError, and the next one
   * is sent as {@code <PRI>ident message NUL}.
   */
  @Test
  void messageTooLongForADatagramIsReported() throws Exception {
    try (DatagramChannel receiver = DatagramChannel.open()) {
      receiver.bind(new InetSocketAddress("127.0.0.1", 0));
      int port = ((InetSocketAddress) receiver.getLocalAddress()).getPort();
      try (SysLogHandler handler = new SysLogHandler("127.0.0.1", port)) {
        handler.setIdent("id: ");
        handler.handle(record(40, "x".repeat(70_000)));
        assertThat(stderr.take()).startsWith("--- Logging error ---");
        handler.handle(record(40, "ok"));
        java.nio.ByteBuffer got = java.nio.ByteBuffer.allocate(1024);
        receiver.receive(got);
        got.flip();
        assertThat(StandardCharsets.UTF_8.decode(got).toString()).isEqualTo("<11>id: ok\0");
      }
    }
  }

  /**
   * Verifies that a TCP daemon that is down is no error at construction, that records sent
   * meanwhile are reported, and that once the daemon listens the next record connects and
   * arrives intact.
   */
  @Test
  void tcpDaemonDownThenUp() throws Exception {
    CPython.require(3, 13);
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (SysLogHandler handler = new SysLogHandler("127.0.0.1", port, SysLogHandler.LOG_DAEMON,
        SysLogHandler.SocketType.STREAM)) {
      handler.handle(record(20, "lost"));
      assertThat(stderr.take()).startsWith("--- Logging error ---");
      try (PythonPeer receiver = PythonPeer.start("raw_receiver.py", "tcp", String.valueOf(port), "1")) {
        receiver.awaitLine("READY");
        handler.handle(record(20, "back"));
        handler.close();
        List<String> data = PickleInteropTest.lines(receiver.awaitOutput(), "DATA");
        assertThat(data).containsExactly(
            "DATA " + HexFormat.of().formatHex("<30>back\0".getBytes(StandardCharsets.UTF_8)));
      }
    }
  }

  @Test
  void rejectsBadArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SysLogHandler("localhost", 65536));
    assertThat(e).hasMessageThat().isEqualTo("port out of range 0-65535: 65536");
    e = assertThrows(IllegalArgumentException.class,
        () -> new SysLogHandler("localhost", 514, -1, null));
    assertThat(e).hasMessageThat().isEqualTo("facility < 0: -1");
    try (SysLogHandler h = udpHandler()) {
      e = assertThrows(IllegalArgumentException.class, () -> h.encodePriority("lokal0", "info"));
      assertThat(e).hasMessageThat().startsWith("unknown facility name: 'lokal0'");
      assertThrows(NullPointerException.class, () -> h.setIdent(null));
    }
  }

  private static SysLogHandler udpHandler() {
    return new SysLogHandler("127.0.0.1", 9);
  }

  private static LogRecord record(int level, String msg) {
    return new LogRecord("t", level, null, 0, msg, null, null, null, null);
  }

}
