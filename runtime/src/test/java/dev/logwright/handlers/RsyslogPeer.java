package dev.logwright.handlers;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private rsyslogd: its own configuration, pid file and work directory in a temporary
 * directory, listening on loopback UDP and TCP ports and on a Unix datagram socket, writing
 * {@code facility severity [tag] [msg]} lines to a file. Stopped by its process handle.
 */
final class RsyslogPeer implements AutoCloseable {
  final int udpPort;
  final int tcpPort;
  final Path unixSocket;
  final Path output;
  private final Process process;

  private RsyslogPeer(Path rsyslogd, Path dir) throws IOException {
    udpPort = freeUdpPort();
    tcpPort = freeTcpPort();
    unixSocket = dir.resolve("log.sock");
    output = dir.resolve("messages.log");
    Path work = Files.createDirectories(dir.resolve("work"));
    Path conf = dir.resolve("rsyslog.conf");
    String config = String.join("\n",
        "global(workDirectory=\"" + work + "\")",
        "module(load=\"imudp\")",
        "module(load=\"imtcp\")",
        "module(load=\"imuxsock\" SysSock.Use=\"off\")",
        "input(type=\"imudp\" address=\"127.0.0.1\" port=\"" + udpPort + "\")",
        // Syslog over TCP from SysLogHandler ends each message with NUL, not LF.
        "input(type=\"imtcp\" address=\"127.0.0.1\" port=\"" + tcpPort + "\" AddtlFrameDelimiter=\"0\")",
        "input(type=\"imuxsock\" Socket=\"" + unixSocket + "\")",
        "template(name=\"lines\" type=\"string\""
            + " string=\"%syslogfacility-text% %syslogseverity-text% [%syslogtag%] [%msg%]\\n\")",
        "*.* action(type=\"omfile\" file=\"" + output + "\" template=\"lines\")",
        "");
    Files.write(conf, config.getBytes(StandardCharsets.UTF_8));
    ProcessBuilder pb = new ProcessBuilder(rsyslogd.toString(), "-n", "-f", conf.toString(),
        "-i", dir.resolve("rsyslogd.pid").toString());
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("rsyslogd.out").toFile());
    process = pb.start();
  }

  /** Starts rsyslogd in {@code dir} and waits (at most 20 s) until its sockets accept. */
  static RsyslogPeer start(Path rsyslogd, Path dir) throws Exception {
    RsyslogPeer peer = new RsyslogPeer(rsyslogd, dir);
    try {
      peer.awaitReady(dir);
      return peer;
    } catch (Exception | AssertionError e) {
      peer.close();
      throw e;
    }
  }

  private void awaitReady(Path dir) throws Exception {
    for (int i = 0; i < 200; i++) {
      if (!process.isAlive()) {
        throw new AssertionError("rsyslogd exited " + process.exitValue() + ": "
            + Files.readString(dir.resolve("rsyslogd.out")));
      }
      if (Files.exists(unixSocket) && tcpAccepts()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("rsyslogd did not open its sockets within 20 s");
  }

  private boolean tcpAccepts() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", tcpPort), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Waits (at most 20 s) until the output holds a line containing {@code marker} for each of
   * {@code count} messages, and returns those lines.
   */
  List<String> awaitLines(String marker, int count) throws Exception {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      found.clear();
      if (Files.exists(output)) {
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
          if (line.contains(marker)) {
            found.add(line);
          }
        }
      }
      if (found.size() >= count) {
        return found;
      }
      Thread.sleep(100);
    }
    return found;
  }

  private static int freeTcpPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static int freeUdpPort() throws IOException {
    try (DatagramChannel c = DatagramChannel.open()) {
      c.bind(new InetSocketAddress("127.0.0.1", 0));
      return ((InetSocketAddress) c.getLocalAddress()).getPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
