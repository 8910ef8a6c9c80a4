package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.LogRecord;
import dev.logwright.internal.UnixSockets;
import dev.logwright.testing.Peers;
import dev.logwright.testing.StderrCapture;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsclub.net.unix.AFUNIXDatagramChannel;
import org.newsclub.net.unix.AFUNIXServerSocketChannel;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import org.newsclub.net.unix.AFUNIXSocketChannel;

/**
 * Unix socket peers that stop reading (a hung syslog daemon, a stuck receiver): the write
 * times out instead of blocking the logging thread.
 */
@Timeout(120)
class StalledUnixPeerTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path tmp;

  @BeforeEach
  void requireJunixsocket() {
    Peers.require(UnixSockets.isAvailable(), "junixsocket for AF_UNIX sockets");
  }

  /** Verifies that a Unix stream peer that never reads ends in a closed socket, not a hang. */
  @Test
  void streamPeerThatNeverReads() throws Exception {
    AFUNIXSocketAddress address = AFUNIXSocketAddress.of(new File(tmp.toFile(), "s.sock"));
    try (AFUNIXServerSocketChannel server = AFUNIXServerSocketChannel.open()) {
      server.bind(address);
      try (SocketHandler handler = new SocketHandler(tmp.resolve("s.sock").toString(), null)) {
        handler.handle(new LogRecord("small", 20, null, 0, "connects", null, null, null, null));
        assertThat(handler.sock).isNotNull();
        LogRecord big = new LogRecord("big", 20, null, 0, "x".repeat(1 << 20), null, null, null, null);
        try (AFUNIXSocketChannel accepted = server.accept()) {
          for (int i = 0; i < 64 && handler.sock != null; i++) {
            handler.handle(big);
          }
          assertThat(handler.sock).isNull();
        }
      }
    }
  }

  /**
   * Verifies that a Unix datagram peer whose queue is full makes DatagramHandler and
   * SysLogHandler report a timeout rather than block.
   */
  @Test
  void datagramPeerThatNeverReads() throws Exception {
    String path = tmp.resolve("d.sock").toString();
    try (AFUNIXDatagramChannel peer = AFUNIXDatagramChannel.open()) {
      peer.bind(AFUNIXSocketAddress.of(new File(path)));
      try (DatagramHandler handler = new DatagramHandler(path, null)) {
        assertThat(reportAfterFilling(handler)).contains("SocketTimeoutException: timed out");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
      }
      try (SysLogHandler handler = new SysLogHandler(path)) {
        assertThat(handler.getSocktype()).isEqualTo(SysLogHandler.SocketType.DGRAM);
        assertThat(reportAfterFilling(handler)).contains("SocketTimeoutException: timed out");
      }
    }
  }

  /**
   * Verifies that an interrupted logging thread costs one record (reported, the interrupt flag
   * kept), and that the handler replaces the socket the interrupt closed for the next record.
   */
  @Test
  void interruptClosesTheSocketAndTheNextRecordGetsANewOne() throws Exception {
    String path = tmp.resolve("i.sock").toString();
    try (AFUNIXDatagramChannel peer = AFUNIXDatagramChannel.open();
        DatagramHandler handler = new DatagramHandler(path, null)) {
      peer.bind(AFUNIXSocketAddress.of(new File(path)));
      peer.configureBlocking(false);
      LogRecord record = new LogRecord("r", 20, null, 0, "m", null, null, null, null);
      java.nio.ByteBuffer got = java.nio.ByteBuffer.allocate(4096);
      handler.handle(record);
      receiveWithin10s(peer, got);
      assertThat(got.position()).isGreaterThan(0);

      Thread.currentThread().interrupt();
      handler.handle(record);
      assertThat(Thread.interrupted()).isTrue();
      assertThat(stderr.take()).contains("ClosedByInterruptException");

      handler.handle(record);
      got.clear();
      receiveWithin10s(peer, got);
      got.flip();
      assertThat(got).isEqualTo(handler.makePickle(record));
    }
  }

  /** Polls (the sender is unbound, so receive() returns no address even when data came). */
  private static void receiveWithin10s(AFUNIXDatagramChannel peer, java.nio.ByteBuffer into)
      throws Exception {
    for (int i = 0; i < 1000 && into.position() == 0; i++) {
      peer.receive(into);
      if (into.position() == 0) {
        Thread.sleep(10);
      }
    }
  }

  private String reportAfterFilling(dev.logwright.Handler handler) {
    LogRecord record = new LogRecord("r", 20, null, 0, "y".repeat(1000), null, null, null, null);
    for (int i = 0; i < 100_000; i++) {
      handler.handle(record);
      String report = stderr.take();
      if (!report.isEmpty()) {
        return report;
      }
    }
    return "";
  }
}
