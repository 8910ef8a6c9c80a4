package dev.logwright.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.logwright.Formatter;
import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.Manager;
import dev.logwright.handlers.DatagramHandler;
import dev.logwright.handlers.HTTPHandler;
import dev.logwright.handlers.SocketHandler;
import dev.logwright.handlers.SysLogHandler;
import dev.logwright.testing.RecordingHttpServer;
import java.io.DataInputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies that generated socket, datagram, syslog and HTTP handlers put on the wire (loopback)
 * exactly the bytes that the same handlers built by hand put there, record for record.
 */
class NetworkExecutionTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  @TempDir Path classesDir;
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
  }

  private <T extends AutoCloseable> T closing(T resource) {
    toClose.add(resource);
    return resource;
  }

  private DatagramSocket udp() throws Exception {
    DatagramSocket s = closing(new DatagramSocket(0, LOOPBACK));
    s.setSoTimeout(10_000);
    return s;
  }

  private static byte[] receive(DatagramSocket socket) throws Exception {
    DatagramPacket p = new DatagramPacket(new byte[65536], 65536);
    socket.receive(p);
    return Arrays.copyOf(p.getData(), p.getLength());
  }

  private static byte[] readFrame(DataInputStream in) throws Exception {
    byte[] frame = new byte[in.readInt()];
    in.readFully(frame);
    return frame;
  }

  private static List<LogRecord> records() {
    List<LogRecord> records = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      records.add(new LogRecord("net." + i, Level.WARNING + i, "/src/Net.java", 10 + i, "packet %d of %s",
          new Object[] {i, "ünï"}, null, "send", null));
    }
    records.get(4).setLevelname("NOTICE");
    return records;
  }

  @Test
  void generatedNetworkHandlersSendWhatHandBuiltOnesSend() throws Exception {
    DatagramSocket datagramGen = udp();
    DatagramSocket datagramHand = udp();
    DatagramSocket syslogGen = udp();
    DatagramSocket syslogHand = udp();
    ServerSocket tcpGen = closing(new ServerSocket(0, 5, LOOPBACK));
    ServerSocket tcpHand = closing(new ServerSocket(0, 5, LOOPBACK));
    tcpGen.setSoTimeout(10_000);
    tcpHand.setSoTimeout(10_000);
    RecordingHttpServer httpGen = closing(RecordingHttpServer.http(0));
    RecordingHttpServer httpHand = closing(RecordingHttpServer.http(0));

    String source = String.join("\n",
        "package net;",
        "import dev.logwright.Handler;",
        "import dev.logwright.annotations.*;",
        // HTTP first: the runtime Formatter's allocation-free path does not set the record's
        // message attribute (Python's format always does), so a handler formatting before HTTP
        // would change what HTTP sends on one side only.
        "@LoggingConfig(root = @RootLogger(level = \"DEBUG\", handlers = {\"http\", \"datagram\", \"syslog\", \"tcp\"}))",
        "public interface NetLogging {",
        "  @ToDatagram(host = \"127.0.0.1\", port = " + datagramGen.getLocalPort() + ") Handler datagram();",
        "  @ToSysLog(address = \"127.0.0.1:" + syslogGen.getLocalPort() + "\", facility = \"local3\", ident = \"app: \",",
        "      priorityMap = \"NOTICE=notice\")",
        "  @LogFormat(\"%(levelname)s %(name)s %(message)s\") Handler syslog();",
        "  @ToSocket(host = \"127.0.0.1\", port = " + tcpGen.getLocalPort() + ") Handler tcp();",
        "  @ToHttp(host = \"" + httpGen.hostAndPort() + "\", url = \"/log\", method = \"POST\") Handler http();",
        "}");
    CompiledClasses classes = CompiledClasses.compile(JavaFileObjects.forSourceString("net.NetLogging", source));
    AutoCloseable pipeline = closing((AutoCloseable) classes.createPipeline("net.NetLoggingPipeline"));
    Manager generated = new Manager();
    pipeline.getClass().getMethod("install", Manager.class).invoke(pipeline, generated);

    Manager hand = new Manager();
    hand.getRoot().setLevel(Level.DEBUG);
    List<Handler> handBuilt = List.of(
        new HTTPHandler(httpHand.hostAndPort(), "/log", "POST"),
        new DatagramHandler("127.0.0.1", datagramHand.getLocalPort()),
        syslog(syslogHand.getLocalPort()),
        new SocketHandler("127.0.0.1", tcpHand.getLocalPort()));
    for (Handler h : handBuilt) {
      hand.getRoot().addHandler(h);
      closing(h);
    }

    Socket genConnection = null;
    Socket handConnection = null;
    for (LogRecord r : records()) {
      generated.getRoot().handle(r.copy());
      hand.getRoot().handle(r.copy());
      assertThat(receive(datagramGen)).isEqualTo(receive(datagramHand));
      byte[] syslog = receive(syslogGen);
      assertThat(syslog).isEqualTo(receive(syslogHand));
      if (r.getLevelname().equals("NOTICE")) {
        // local3 (19) * 8 + notice (5)
        assertThat(new String(syslog, StandardCharsets.UTF_8)).startsWith("<157>app: NOTICE net.4 ");
      }
      if (genConnection == null) {
        genConnection = closing(tcpGen.accept());
        handConnection = closing(tcpHand.accept());
        genConnection.setSoTimeout(10_000);
        handConnection.setSoTimeout(10_000);
      }
      assertThat(readFrame(new DataInputStream(genConnection.getInputStream())))
          .isEqualTo(readFrame(new DataInputStream(handConnection.getInputStream())));
      RecordingHttpServer.Request a = httpGen.take();
      RecordingHttpServer.Request b = httpHand.take();
      assertThat(a.method + " " + a.path + " " + a.body).isEqualTo(b.method + " " + b.path + " " + b.body);
    }
    classes.assertReflectionFree(classesDir);
  }

  private static SysLogHandler syslog(int port) {
    SysLogHandler h = new SysLogHandler("127.0.0.1", port, SysLogHandler.LOG_LOCAL3, SysLogHandler.SocketType.DGRAM) {
      @Override
      public String mapPriority(String levelName) {
        return levelName.equals("NOTICE") ? "notice" : super.mapPriority(levelName);
      }
    };
    h.setIdent("app: ");
    h.setFormatter(new Formatter("%(levelname)s %(name)s %(message)s"));
    return h;
  }
}
