package dev.logwright.examples.syslog;

import dev.logwright.Logger;
import dev.logwright.Manager;
import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

/**
 * Sends three records through {@link SyslogLogging}. With {@code SYSLOG_PORT} set (a system
 * property or environment variable), they go to the syslog daemon listening there; otherwise the
 * example listens on a loopback port itself and prints the datagrams as a daemon receives them.
 */
public final class SyslogExample {
  private SyslogExample() {}

  public static void main(String[] args) throws IOException {
    run(System.out);
  }

  /** Logs and describes where the records went on {@code out}. */
  public static void run(PrintStream out) throws IOException {
    out.println("== syslog (SyslogLogging)");
    boolean daemon = System.getProperty("SYSLOG_PORT") != null || System.getenv("SYSLOG_PORT") != null;
    try (DatagramSocket receiver = daemon ? null : new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      if (receiver != null) {
        receiver.setSoTimeout(5000);
        System.setProperty("SYSLOG_PORT", Integer.toString(receiver.getLocalPort()));
        System.setProperty("SYSLOG_HOST", "127.0.0.1");
      }
      Manager manager = new Manager();
      try (SyslogLoggingPipeline logging = SyslogLoggingPipeline.create().install(manager)) {
        Logger log = manager.getLogger("app.sync");
        log.info("sync started");
        log.warning("3 records skipped");
        log.error("sync failed: %s", "timeout");
      }
      if (receiver == null) {
        out.println("  sent 3 records to the syslog daemon on UDP port " + System.getProperty("SYSLOG_PORT",
            System.getenv("SYSLOG_PORT")));
        return;
      }
      out.println("  no SYSLOG_PORT set: received on 127.0.0.1:" + receiver.getLocalPort() + " instead:");
      for (int i = 0; i < 3; i++) {
        DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
        receiver.receive(p);
        String text = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
        out.println("    " + text.replace("\0", "\\0"));
      }
    } finally {
      System.clearProperty("SYSLOG_PORT");
      System.clearProperty("SYSLOG_HOST");
    }
  }
}
