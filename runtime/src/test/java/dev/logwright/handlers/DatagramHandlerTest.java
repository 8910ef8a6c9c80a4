package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.LogRecord;
import dev.logwright.internal.UnixSockets;
import dev.logwright.testing.CPython;
import dev.logwright.testing.Peers;
import dev.logwright.testing.StderrCapture;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@link DatagramHandler}'s failures: they are reported, and delivery resumes afterwards. */
@Timeout(120)
class DatagramHandlerTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path tmp;

  /**
   * Verifies that a record too large for one UDP datagram goes to handleError, and that the
   * next record is sent: the datagram read back is exactly its pickle, length prefix included.
   */
  @Test
  void recordTooLargeForADatagramIsReportedAndTheNextIsSent() throws Exception {
    try (DatagramChannel receiver = DatagramChannel.open()) {
      receiver.bind(new InetSocketAddress("127.0.0.1", 0));
      int port = ((InetSocketAddress) receiver.getLocalAddress()).getPort();
      try (DatagramHandler handler = new DatagramHandler("127.0.0.1", port)) {
        handler.handle(new LogRecord("big", 20, null, 0, "x".repeat(70_000), null, null, null, null));
        assertThat(stderr.take()).startsWith("--- Logging error ---");

        LogRecord small = new LogRecord("small", 20, null, 0, "fits", null, null, null, null);
        handler.handle(small);
        ByteBuffer got = ByteBuffer.allocate(1 << 17);
        receiver.receive(got);
        got.flip();
        assertThat(got).isEqualTo(handler.makePickle(small));
        assertThat(got.getInt(0)).isEqualTo(got.limit() - 4);
      }
    }
  }

  /**
   * Verifies that a thread logging while its interrupt status is set sends its record and
   * leaves the socket open for the next one (an interruptible channel would close itself).
   */
  @Test
  void anInterruptedThreadSendsAndTheSocketStaysOpen() throws Exception {
    try (DatagramChannel receiver = DatagramChannel.open()) {
      receiver.bind(new InetSocketAddress("127.0.0.1", 0));
      int port = ((InetSocketAddress) receiver.getLocalAddress()).getPort();
      try (DatagramHandler handler = new DatagramHandler("127.0.0.1", port)) {
        LogRecord first = new LogRecord("first", 20, null, 0, "while interrupted", null, null, null, null);
        Thread.currentThread().interrupt();
        try {
          handler.handle(first);
        } finally {
          assertThat(Thread.interrupted()).isTrue();
        }
        LogRecord second = new LogRecord("second", 20, null, 0, "after", null, null, null, null);
        handler.handle(second);
        assertThat(stderr.take()).isEmpty();
        ByteBuffer got = ByteBuffer.allocate(1 << 16);
        receiver.receive(got);
        assertThat(got.flip()).isEqualTo(handler.makePickle(first));
        got.clear();
        receiver.receive(got);
        assertThat(got.flip()).isEqualTo(handler.makePickle(second));
      }
    }
  }

  /**
   * Verifies that sending to a Unix datagram socket nobody has bound is reported, and that
   * records arrive once a receiver binds the path.
   */
  @Test
  void unixReceiverAbsentThenPresent() throws Exception {
    Peers.require(UnixSockets.isAvailable(), "junixsocket for AF_UNIX sockets");
    CPython.require(3, 13);
    PickleScenario scenario = PickleScenario.standard();
    Path json = scenario.write(tmp.resolve("scenario.json"));
    String path = tmp.resolve("log.sock").toString();
    try (DatagramHandler handler = new DatagramHandler(path, null)) {
      handler.handle(scenario.records().get(0));
      assertThat(stderr.take()).startsWith("--- Logging error ---");
      try (PythonPeer receiver = PythonPeer.start("pickle_receiver.py", "unix-dgram", path, "1",
          json.toString())) {
        receiver.awaitLine("READY");
        handler.handle(scenario.records().get(0));
        List<String> out = receiver.awaitOutput();
        assertThat(PickleInteropTest.lines(out, "CHECK")).containsExactly("CHECK 0 OK");
      }
    }
  }
}
