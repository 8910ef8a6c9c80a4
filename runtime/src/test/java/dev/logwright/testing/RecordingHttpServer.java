package dev.logwright.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * The JDK's HTTP(S) server on loopback, keeping every request it receives and answering each
 * with a settable status. Close it to stop it.
 */
public final class RecordingHttpServer implements AutoCloseable {
  private final HttpServer server;
  private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
  private volatile int status = 200;

  private RecordingHttpServer(HttpServer server) {
    this.server = server;
    server.createContext("/", this::record);
    server.start();
  }

  /** Starts a plain HTTP server on {@code port} of 127.0.0.1 (0: any free port). */
  public static RecordingHttpServer http(int port) throws IOException {
    return new RecordingHttpServer(HttpServer.create(address(port), 0));
  }

  /** Starts an HTTPS server on {@code port} of 127.0.0.1 using {@code context}. */
  public static RecordingHttpServer https(int port, SSLContext context) throws IOException {
    HttpsServer server = HttpsServer.create(address(port), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    return new RecordingHttpServer(server);
  }

  private static InetSocketAddress address(int port) {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Returns {@code "127.0.0.1:port"}. */
  public String hostAndPort() {
    return server.getAddress().getAddress().getHostAddress() + ":" + port();
  }

  /** Sets the status of the following responses. */
  public void respondWith(int status) {
    this.status = status;
  }

  /** Returns the next request received, waiting up to 20 s for it. */
  public Request take() throws InterruptedException {
    Request r = requests.poll(20, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request arrived within 20 s");
    }
    return r;
  }

  /** Returns how many received requests have not been taken. */
  public int pending() {
    return requests.size();
  }

  private void record(HttpExchange exchange) throws IOException {
    try {
      byte[] body = exchange.getRequestBody().readAllBytes();
      requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          exchange.getRequestURI().getRawQuery(), headers(exchange.getRequestHeaders()),
          new String(body, StandardCharsets.UTF_8)));
      byte[] answer = "ok".getBytes(StandardCharsets.US_ASCII);
      exchange.sendResponseHeaders(status, answer.length);
      exchange.getResponseBody().write(answer);
    } finally {
      exchange.close();
    }
  }

  private static Map<String, String> headers(Headers headers) {
    Map<String, String> byName = new TreeMap<>();
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      byName.put(e.getKey().toLowerCase(Locale.ROOT), String.join(", ", e.getValue()));
    }
    return byName;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** One request as received: header names in lower case. */
  public static final class Request {
    public final String method;
    public final String path;
    public final String query;
    public final Map<String, String> headers;
    public final String body;

    Request(String method, String path, String query, Map<String, String> headers, String body) {
      this.method = method;
      this.path = path;
      this.query = query;
      this.headers = headers;
      this.body = body;
    }

    @Override
    public String toString() {
      return method + " " + path + "?" + query + " " + headers + " body=" + body;
    }
  }
}
