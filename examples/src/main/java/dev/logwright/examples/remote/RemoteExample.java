package dev.logwright.examples.remote;

import com.sun.net.httpserver.HttpServer;
import dev.logwright.Logger;
import dev.logwright.Manager;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Logs through {@link RemoteLogging}. Without {@code HTTP_HOST}, a collector on a loopback port
 * stands in for the real one and prints what it receives. A CRITICAL record is mailed only when
 * {@code SMTP_HOST} is set, so the example never mails anyone by surprise.
 */
public final class RemoteExample {
  private RemoteExample() {}

  public static void main(String[] args) throws IOException {
    run(System.out);
  }

  /** Logs and describes what the collector received on {@code out}. */
  public static void run(PrintStream out) throws IOException {
    out.println("== HTTP and SMTP handlers configured by placeholders (RemoteLogging)");
    List<String> received = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/log", exchange -> {
      received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    boolean ownCollector = System.getProperty("HTTP_HOST") == null && System.getenv("HTTP_HOST") == null;
    if (ownCollector) {
      System.setProperty("HTTP_HOST", "127.0.0.1:" + server.getAddress().getPort());
    }
    boolean mail = System.getProperty("SMTP_HOST") != null || System.getenv("SMTP_HOST") != null;
    Manager manager = new Manager();
    try (RemoteLoggingPipeline logging = RemoteLoggingPipeline.create().install(manager)) {
      Logger log = manager.getLogger("app.billing");
      log.info("invoice %d sent", 1042);
      log.warning("invoice %d overdue", 977);
      if (mail) {
        log.critical("billing database unreachable");
      }
    } finally {
      server.stop(0);
      if (ownCollector) {
        System.clearProperty("HTTP_HOST");
      }
    }
    out.println("  collector received " + received.size() + " POSTs" + (ownCollector ? " on loopback:" : ""));
    for (String body : received) {
      out.println("    msg=" + field(body, "msg") + " args=" + field(body, "args") + " levelname=" + field(body, "levelname")
          + " (" + body.length() + " bytes of form data)");
    }
    out.println(mail ? "  mailed the CRITICAL record through SMTP_HOST"
        : "  SMTP: set SMTP_HOST (and SMTP_PORT, SMTP_USER, SMTP_PASSWORD) to mail CRITICAL records");
  }

  /** Returns the decoded value of {@code name} in a form-encoded {@code body}. */
  static String field(String body, String name) {
    for (String pair : body.split("&")) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    return "";
  }
}
