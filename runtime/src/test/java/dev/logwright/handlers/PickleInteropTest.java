package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.LogRecord;
import dev.logwright.internal.UnixSockets;
import dev.logwright.testing.CPython;
import dev.logwright.testing.Peers;
import dev.logwright.testing.StderrCapture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SocketHandler} and {@link DatagramHandler} against a CPython receiver that reads the
 * pickles as logging's docs show ({@code pickle.loads} + {@code logging.makeLogRecord}), over
 * TCP, UDP and Unix stream and datagram sockets; and the same scenario sent by CPython's own
 * handlers to the same receiver, for comparison.
 */
@Timeout(120)
class PickleInteropTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path tmp;

  @BeforeEach
  void requirePython() {
    CPython.require(3, 13);
  }

  /**
   * Verifies that every attribute the receiver unpickles equals what was sent (non-ASCII text,
   * large ints, extras, exception text included), that our bytes equal what CPython's {@code
   * makePickle} makes of the received dict, and that CPython's handler sending the same
   * records yields the same dicts.
   */
  @ParameterizedTest
  @ValueSource(strings = {"tcp", "udp", "unix-stream", "unix-dgram"})
  @Timeout(120)
  void receiverSeesWhatWasSentAndWhatCPythonSends(String mode) throws Exception {
    if (mode.startsWith("unix")) {
      Peers.require(UnixSockets.isAvailable(), "junixsocket for AF_UNIX sockets");
    }
    PickleScenario scenario = PickleScenario.standard();
    Path json = scenario.write(tmp.resolve("scenario.json"));
    int count = scenario.specs.size();

    List<String> ours;
    try (PythonPeer receiver = startReceiver(mode, "ours", count, json)) {
      String where = receiver.awaitLine("READY");
      SocketHandler handler = handlerFor(mode, where);
      try {
        for (LogRecord r : scenario.records()) {
          handler.handle(r);
        }
      } finally {
        handler.close();
      }
      ours = receiver.awaitOutput();
    }
    assertThat(lines(ours, "CHECK")).containsExactlyElementsIn(expected("CHECK %d OK", count)).inOrder();
    assertThat(lines(ours, "BYTES")).containsExactlyElementsIn(expected("BYTES %d SAME", count)).inOrder();

    List<String> theirs;
    try (PythonPeer receiver = startReceiver(mode, "cpython", count, json)) {
      String where = receiver.awaitLine("READY");
      CPython.runFile(PythonPeer.script("pickle_sender.py"), List.of(mode, where, json.toString()),
          "", Map.of(), null).checkedStdout();
      theirs = receiver.awaitOutput();
    }
    assertThat(lines(theirs, "CHECK")).containsExactlyElementsIn(expected("CHECK %d OK", count)).inOrder();
    assertThat(lines(ours, "CANON")).containsExactlyElementsIn(lines(theirs, "CANON")).inOrder();
    assertThat(lines(ours, "CANON")).hasSize(count);
  }

  private PythonPeer startReceiver(String mode, String tag, int count, Path json) throws Exception {
    String address = mode.startsWith("unix") ? tmp.resolve(tag + ".sock").toString() : "0";
    return PythonPeer.start("pickle_receiver.py", mode, address, String.valueOf(count), json.toString());
  }

  static SocketHandler handlerFor(String mode, String where) {
    switch (mode) {
      case "tcp": return new SocketHandler("127.0.0.1", Integer.parseInt(where));
      case "udp": return new DatagramHandler("127.0.0.1", Integer.parseInt(where));
      case "unix-stream": return new SocketHandler(where, null);
      case "unix-dgram": return new DatagramHandler(where, null);
      default: throw new IllegalArgumentException(mode);
    }
  }

  static List<String> lines(List<String> output, String tag) {
    List<String> out = new ArrayList<>();
    for (String line : output) {
      if (line.startsWith(tag + " ")) {
        out.add(line);
      }
    }
    return out;
  }

  static List<String> expected(String format, int count) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(String.format(format, i));
    }
    return out;
  }
}
