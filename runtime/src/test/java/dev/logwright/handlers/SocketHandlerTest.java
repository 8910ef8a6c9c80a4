package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logwright.LogRecord;
import dev.logwright.testing.CPython;
import dev.logwright.testing.StderrCapture;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SocketHandler}'s connection life: back-off while the peer is down, recovery when it
 * is back or after it closed mid-stream, the write timeout, and {@code closeOnError}. Peers are
 * the CPython receiver or real loopback sockets.
 */
@Timeout(120)
class SocketHandlerTest {
  private static final Instant T0 = Instant.ofEpochSecond(1_800_000_000L);

  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path tmp;

  /** A handler that notes, by its clock, when it tries to connect. */
  private static final class Recording extends SocketHandler {
    final List<Double> attempts = new ArrayList<>();
    private final MutableClock clock;

    Recording(int port, MutableClock clock) {
      super("127.0.0.1", port, clock);
      this.clock = clock;
    }

    @Override
    public NetworkChannel makeSocket() throws IOException {
      attempts.add((clock.instant().toEpochMilli() - T0.toEpochMilli()) / 1000.0);
      return super.makeSocket();
    }
  }

  /**
   * Verifies that with no receiver, records are dropped silently and connection attempts come
   * retryStart × retryFactor^n apart, capped at retryMax, and that once the receiver listens
   * the next attempt connects and records are delivered.
   */
  @Test
  void backOffThenDeliveryWhenReceiverAppears() throws Exception {
    CPython.require(3, 13);
    int port = freeTcpPort();
    MutableClock clock = new MutableClock(T0);
    PickleScenario scenario = PickleScenario.standard();
    Path json = scenario.write(tmp.resolve("scenario.json"));
    List<LogRecord> records = scenario.records();
    try (Recording handler = new Recording(port, clock)) {
      handler.setRetryStart(1.0);
      handler.setRetryFactor(2.0);
      handler.setRetryMax(5.0);
      for (double t : new double[] {0, 0.5, 1, 2.9, 3, 6.99, 7, 11, 12, 16.9}) {
        clock.setSecondsAfter(T0, t);
        handler.handle(records.get(3));
      }
      assertThat(handler.attempts).containsExactly(0.0, 1.0, 3.0, 7.0, 12.0).inOrder();
      assertThat(handler.getRetryTime()).isEqualTo(T0.getEpochSecond() + 17.0);
      assertThat(handler.sock).isNull();

      try (PythonPeer receiver = PythonPeer.start("pickle_receiver.py", "tcp", String.valueOf(port),
          "2", json.toString())) {
        receiver.awaitLine("READY");
        clock.setSecondsAfter(T0, 17);
        handler.handle(records.get(0));
        handler.handle(records.get(1));
        assertThat(handler.attempts).containsExactly(0.0, 1.0, 3.0, 7.0, 12.0, 17.0).inOrder();
        assertThat(handler.getRetryTime()).isNull();
        NetworkChannel open = handler.sock;
        handler.close();
        assertThat(open.isOpen()).isFalse();
        handler.close(); // a second close is harmless
        assertThat(PickleInteropTest.lines(receiver.awaitOutput(), "CHECK"))
            .containsExactly("CHECK 0 OK", "CHECK 1 OK").inOrder();
      }
    }
  }

  /**
   * Verifies that a receiver closing the connection costs records but never throws or reports,
   * closes our socket, and that the handler reconnects once a receiver listens again.
   */
  @Test
  void peerClosingMidStreamThenComingBack() throws Exception {
    CPython.require(3, 13);
    int port = freeTcpPort();
    MutableClock clock = new MutableClock(T0);
    PickleScenario scenario = PickleScenario.standard();
    Path json = scenario.write(tmp.resolve("scenario.json"));
    LogRecord first = scenario.records().get(0);
    try (SocketHandler handler = new SocketHandler("127.0.0.1", port, clock)) {
      try (PythonPeer receiver = PythonPeer.start("pickle_receiver.py", "tcp", String.valueOf(port),
          "1", json.toString())) {
        receiver.awaitLine("READY");
        handler.handle(first);
        assertThat(PickleInteropTest.lines(receiver.awaitOutput(), "CHECK")).containsExactly("CHECK 0 OK");
      }
      // The receiver is gone: writes fail once the reset arrives, and the socket is dropped.
      for (int i = 0; i < 50 && handler.sock != null; i++) {
        handler.handle(first);
        Thread.sleep(20);
      }
      assertThat(handler.sock).isNull();
      handler.handle(first); // reconnecting is refused: back-off starts
      assertThat(handler.getRetryTime()).isNotNull();

      try (PythonPeer receiver = PythonPeer.start("pickle_receiver.py", "tcp", String.valueOf(port),
          "1", json.toString())) {
        receiver.awaitLine("READY");
        clock.setSecondsAfter(T0, 1.0);
        handler.handle(first);
        handler.close();
        assertThat(PickleInteropTest.lines(receiver.awaitOutput(), "CHECK")).containsExactly("CHECK 0 OK");
      }
    }
  }

  /**
   * Verifies that a peer that accepts but never reads cannot block the caller: once the socket
   * buffers are full, the write gives up after the timeout and the socket is closed.
   */
  @Test
  void peerThatNeverReadsDoesNotBlockTheCaller() throws Exception {
    try (ServerSocketChannel server = ServerSocketChannel.open()) {
      server.setOption(StandardSocketOptions.SO_RCVBUF, 4096);
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
      try (SocketHandler handler = new SocketHandler("127.0.0.1", port)) {
        LogRecord big = new LogRecord("big", 20, null, 0, "x".repeat(1 << 20), null, null, null, null);
        handler.handle(big);
        try (SocketChannel accepted = server.accept()) {
          for (int i = 0; i < 64 && handler.sock != null; i++) {
            handler.handle(big);
          }
          assertThat(handler.sock).isNull();
        }
      }
    }
  }

  /**
   * Verifies that with closeOnError a failing record closes the socket without a report, and the
   * next record reconnects and arrives.
   */
  @Test
  void closeOnErrorClosesSilentlyAndReconnects() throws Exception {
    CPython.require(3, 13);
    PickleScenario scenario = PickleScenario.standard();
    Path json = scenario.write(tmp.resolve("scenario.json"));
    List<LogRecord> records = scenario.records();
    try (PythonPeer receiver = PythonPeer.start("pickle_receiver.py", "tcp", "0", "2", json.toString())) {
      int port = Integer.parseInt(receiver.awaitLine("READY"));
      try (SocketHandler handler = new SocketHandler("127.0.0.1", port)) {
        handler.setCloseOnError(true);
        handler.handle(records.get(0));
        assertThat(handler.sock).isNotNull();
        handler.handle(new LogRecord("bad", 20, null, 0, "%d", new Object[] {"not a number"}, null, null, null));
        assertThat(handler.sock).isNull();
        handler.handle(records.get(1));
        handler.close();
        assertThat(PickleInteropTest.lines(receiver.awaitOutput(), "CHECK"))
            .containsExactly("CHECK 0 OK", "CHECK 1 OK").inOrder();
      }
    }
    assertThat(stderr.take()).isEmpty();
  }

  /** Verifies that without closeOnError the same failure is reported, as every handler's. */
  @Test
  void errorsAreReportedWithoutCloseOnError() {
    try (SocketHandler handler = new SocketHandler("127.0.0.1", 9)) {
      handler.handle(new LogRecord("bad", 20, null, 0, "%d", new Object[] {"not a number"}, null, null, null));
    }
    assertThat(stderr.take()).startsWith("--- Logging error ---");
  }

  /** Verifies that a host that does not resolve starts the back-off like a refused connection. */
  @Test
  void unresolvableHostBacksOffSilently() {
    MutableClock clock = new MutableClock(T0);
    try (SocketHandler handler = new SocketHandler("no-such-host.invalid", 9020, clock)) {
      handler.handle(new LogRecord("x", 20, null, 0, "lost", null, null, null, null));
      assertThat(handler.getRetryTime()).isEqualTo(T0.getEpochSecond() + 1.0);
      assertThat(handler.sock).isNull();
    }
  }

  @Test
  void rejectsBadArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SocketHandler("localhost", 70000));
    assertThat(e).hasMessageThat().contains("70000");
    assertThrows(NullPointerException.class, () -> new SocketHandler(null, 1));
    try (SocketHandler h = new SocketHandler("localhost", 1)) {
      e = assertThrows(IllegalArgumentException.class, () -> h.setRetryFactor(-3));
      assertThat(e).hasMessageThat().isEqualTo("retryFactor must be finite and >= 0: -3.0");
    }
  }

  @Test
  void needsCallerInfoForTheReceiver() {
    try (SocketHandler h = new SocketHandler("localhost", 1)) {
      assertThat(h.needsCallerInfo()).isTrue();
    }
  }

  private static int freeTcpPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

}
