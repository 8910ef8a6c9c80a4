package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.internal.PyRepr;
import dev.logwright.testing.CPython;
import dev.logwright.testing.RecordingHttpServer;
import dev.logwright.testing.RecordingHttpServer.Request;
import dev.logwright.testing.SelfSignedCertificate;
import dev.logwright.testing.StderrCapture;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HTTPHandler against the JDK's HTTP and HTTPS servers, compared with CPython's HTTPHandler. */
class HTTPHandlerTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path dir;

  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    Collections.reverse(toClose);
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }

  private <T extends AutoCloseable> T closeLater(T c) {
    toClose.add(c);
    return c;
  }

  /** A handler that keeps the errors {@code emit} reports instead of printing them. */
  static final class Recording extends HTTPHandler {
    final List<Throwable> errors = new ArrayList<>();

    Recording(String host, String url, String method, boolean secure,
        @Nullable Credentials credentials, @Nullable SSLContext context, double timeout) {
      super(host, url, method, secure, credentials, context, timeout);
    }

    @Override
    public void handleError(LogRecord record, Throwable error) {
      errors.add(error);
    }
  }

  private static Recording handler(String host, String url, String method) {
    return new Recording(host, url, method, false, null, null, 5.0);
  }

  private static LogRecord record() {
    LogRecord r = new LogRecord("net.http", Level.WARNING, "/srv/app/main.py", 42,
        "Grüße %s & %d%% ~*+", new Object[] {"a/b c", 7}, null, "send", null);
    r.setCreatedNanos(1_700_000_000_123_456_789L);
    r.setThread(140_000_000_001L, "Worker-1");
    r.setProcess(4242, "MainProcess");
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("user", "bob & alice");
    r.putExtra(extra);
    return r;
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"GET, /log", "GET, /log?app=x%20y", "POST, /log", "POST, /log?app=1"})
  void requestsMatchCPythonsRequests(String method, String url) throws Exception {
    CPython.require(3, 13);
    RecordingHttpServer server = closeLater(RecordingHttpServer.http(0));
    LogRecord record = record();
    Recording ours = handler(server.hostAndPort(), url, method);
    ours.handle(record);
    Request fromJava = server.take();
    Request fromPython = sendWithCPython(server, url, method, false, null, ours.mapLogRecord(record));

    assertThat(ours.errors).isEmpty();
    assertSameRequest(fromJava, fromPython);
    if (method.equals("GET")) {
      assertThat(fromJava.query).startsWith(url.contains("?") ? "app=x%20y&name=net.http&" : "name=net.http&");
      assertThat(fromJava.body).isEmpty();
    } else {
      assertThat(fromJava.body).startsWith("name=net.http&msg=Gr%C3%BC%C3%9Fe+%25s+%26+%25d%25%25+~%2A%2B&");
    }
  }

  @Test
  void httpsWithContextAndBasicAuthMatchCPython() throws Exception {
    CPython.require(3, 13);
    SelfSignedCertificate cert = SelfSignedCertificate.create(dir);
    RecordingHttpServer server = closeLater(RecordingHttpServer.https(0, cert.serverContext()));
    Credentials credentials = new Credentials("lögger", "pa:ss wörd");
    Recording ours = new Recording(server.hostAndPort(), "/secure", "POST", true, credentials,
        cert.clientContext(), 5.0);
    ours.handle(record());
    Request fromJava = server.take();
    Request fromPython = sendWithCPython(server, "/secure", "POST", true, credentials,
        ours.mapLogRecord(record()));

    assertThat(ours.errors).isEmpty();
    assertSameRequest(fromJava, fromPython);
    String auth = fromJava.headers.get("authorization");
    assertThat(auth).startsWith("Basic ");
    assertThat(new String(Base64.getDecoder().decode(auth.substring(6)), StandardCharsets.UTF_8))
        .isEqualTo("lögger:pa:ss wörd");
  }

  @Test
  void credentialsOverPlainHttpPrintOneWarning() throws Exception {
    RecordingHttpServer server = closeLater(RecordingHttpServer.http(0));
    Recording h = new Recording(server.hostAndPort(), "/log", "GET", false,
        new Credentials("user", "secret"), null, 5.0);
    String warning = stderr.take();
    assertThat(warning).contains("plain HTTP");
    assertThat(warning).doesNotContain("secret");
    assertThat(warning.trim().split("\n")).hasLength(1);
    h.handle(record());
    h.handle(record());
    assertThat(server.take().headers).containsKey("authorization");
    assertThat(server.take().headers).containsKey("authorization");
    assertThat(stderr.take()).isEmpty();
    assertThat(h.errors).isEmpty();
  }

  @Test
  void errorStatusEndsInHandleError() throws Exception {
    RecordingHttpServer server = closeLater(RecordingHttpServer.http(0));
    server.respondWith(503);
    Recording h = handler(server.hostAndPort(), "/log", "POST");
    h.handle(record());
    server.take();
    assertThat(h.errors).hasSize(1);
    assertThat(h.errors.get(0)).isInstanceOf(IOException.class);
    assertThat(h.errors.get(0)).hasMessageThat().contains("HTTP 503");

    server.respondWith(200);
    h.handle(record());
    server.take();
    assertThat(h.errors).hasSize(1);
  }

  @Test
  void errorReportGoesToStderrByDefault() throws Exception {
    RecordingHttpServer server = closeLater(RecordingHttpServer.http(0));
    server.respondWith(500);
    HTTPHandler h = new HTTPHandler(server.hostAndPort(), "/log");
    h.handle(record());
    server.take();
    String report = stderr.take();
    assertThat(report).startsWith("--- Logging error ---");
    assertThat(report).contains("HTTP 500");
  }

  /** Verifies that a dead server is an error, not an exception, and that the handler recovers. */
  @Test
  void deadServerEndsInHandleErrorAndTheHandlerRecovers() throws Exception {
    RecordingHttpServer first = RecordingHttpServer.http(0);
    int port = first.port();
    first.close();
    Recording h = handler("127.0.0.1:" + port, "/log", "GET");
    h.handle(record());
    assertThat(h.errors).hasSize(1);
    assertThat(h.errors.get(0)).isInstanceOf(ConnectException.class);

    RecordingHttpServer again = closeLater(RecordingHttpServer.http(port));
    h.handle(record());
    assertThat(again.take().method).isEqualTo("GET");
    assertThat(h.errors).hasSize(1);
  }

  /** Verifies that a server that accepts but never answers costs the timeout, then an error. */
  @Test
  void silentServerEndsInTimeout() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Recording h = new Recording("127.0.0.1:" + silent.getLocalPort(), "/log", "POST", false,
          null, null, 0.3);
      h.handle(record());
      assertThat(h.errors).hasSize(1);
      assertThat(h.errors.get(0)).isInstanceOf(SocketTimeoutException.class);
    }
  }

  /** Verifies that a server closing the connection halfway through its answer is an error. */
  @ParameterizedTest
  @CsvSource({"GET", "POST"})
  void serverClosingMidStreamEndsInHandleError(String method) throws Exception {
    try (ServerSocket rude = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread closer = new Thread(() -> {
        // HttpURLConnection retries an idempotent request once: answer every attempt alike.
        while (!rude.isClosed()) {
          try (Socket s = rude.accept()) {
            s.getInputStream().read(new byte[64]);
            s.getOutputStream().write("HTTP/1.1 2".getBytes(StandardCharsets.US_ASCII));
          } catch (IOException ignored) {
            // closed by the test
          }
        }
      });
      closer.start();
      Recording h = handler("127.0.0.1:" + rude.getLocalPort(), "/log", method);
      h.handle(record());
      rude.close();
      closer.join(20_000);
      assertThat(h.errors).hasSize(1);
      assertThat(h.errors.get(0)).isInstanceOf(IOException.class);
    }
  }

  @Test
  void untrustedCertificateEndsInHandleError() throws Exception {
    SelfSignedCertificate cert = SelfSignedCertificate.create(dir);
    RecordingHttpServer server = closeLater(RecordingHttpServer.https(0, cert.serverContext()));
    Recording h = new Recording(server.hostAndPort(), "/log", "GET", true, null,
        SSLContext.getDefault(), 5.0);
    h.handle(record());
    assertThat(h.errors).hasSize(1);
    assertThat(h.errors.get(0)).isInstanceOf(SSLException.class);
    assertThat(server.pending()).isEqualTo(0);
  }

  @Test
  void unresolvableHostEndsInHandleError() {
    Recording h = handler("no-such-host.invalid", "/log", "GET");
    h.handle(record());
    assertThat(h.errors).hasSize(1);
    assertThat(h.errors.get(0)).isInstanceOf(IOException.class);
  }

  @Test
  void mapLogRecordCanBeOverridden() throws Exception {
    RecordingHttpServer server = closeLater(RecordingHttpServer.http(0));
    HTTPHandler h = new HTTPHandler(server.hostAndPort(), "/log?x=1", "GET") {
      @Override
      public Map<String, ?> mapLogRecord(LogRecord record) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", record.getLevelname());
        m.put("text", record.getMessage());
        return m;
      }
    };
    h.handle(record());
    Request r = server.take();
    assertThat(r.path).isEqualTo("/log");
    assertThat(r.query).isEqualTo("x=1&level=WARNING&text=Gr%C3%BC%C3%9Fe+a%2Fb+c+%26+7%25+~%2A%2B");
  }

  @Test
  void badArgumentsAreRejected() {
    IllegalArgumentException method = assertThrows(IllegalArgumentException.class,
        () -> new HTTPHandler("h", "/", "PUT"));
    assertThat(method).hasMessageThat().contains("PUT");
    assertThrows(IllegalArgumentException.class,
        () -> new HTTPHandler("h", "/", "GET", false, null, SSLContext.getDefault()));
    assertThrows(IllegalArgumentException.class,
        () -> new HTTPHandler("h", "/", "GET", false, null, null, 0));
    assertThat(new HTTPHandler("h", "/", "post").getMethod()).isEqualTo("POST");
  }

  /** Verifies that {@code getConnection} is the hook every request goes through. */
  @Test
  void getConnectionCanBeOverridden() throws Exception {
    RecordingHttpServer server = closeLater(RecordingHttpServer.http(0));
    List<String> opened = new ArrayList<>();
    HTTPHandler h = new HTTPHandler(server.hostAndPort(), "/log", "POST") {
      @Override
      protected java.net.HttpURLConnection getConnection(java.net.URL target, boolean secure)
          throws IOException {
        opened.add(target.toString());
        java.net.HttpURLConnection c = super.getConnection(target, secure);
        c.setRequestProperty("X-Tenant", "blue");
        return c;
      }
    };
    h.handle(record());
    assertThat(opened).containsExactly("http://" + server.hostAndPort() + "/log");
    assertThat(server.take().headers).containsEntry("x-tenant", "blue");
  }


  /** Compares what CPython sent with what we sent: every header CPython sends, we send alike. */
  private static void assertSameRequest(Request ours, Request theirs) {
    assertThat(ours.method).isEqualTo(theirs.method);
    assertThat(ours.path).isEqualTo(theirs.path);
    assertThat(ours.query).isEqualTo(theirs.query);
    assertThat(ours.body).isEqualTo(theirs.body);
    for (Map.Entry<String, String> h : theirs.headers.entrySet()) {
      assertThat(ours.headers).containsEntry(h.getKey(), h.getValue());
    }
    // HttpURLConnection adds these (the cache ones because the handler bypasses any installed
    // ResponseCache); CPython's http.client sends none of them.
    Map<String, String> extra = new LinkedHashMap<>(ours.headers);
    extra.keySet().removeAll(theirs.headers.keySet());
    assertThat(extra.keySet()).containsNoneOf("content-type", "content-length", "authorization", "host");
    assertThat(Arrays.asList("user-agent", "accept", "connection", "cache-control", "pragma")).containsAtLeastElementsIn(extra.keySet());
  }

  private Request sendWithCPython(RecordingHttpServer server, String url, String method,
      boolean secure, @Nullable Credentials credentials, Map<String, ?> fields) throws Exception {
    Path script = dir.resolve("http_handler.py");
    try (InputStream in = getClass().getResourceAsStream("/python/http_handler.py")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> args = Arrays.asList(server.hostAndPort(), url, method, secure ? "1" : "0",
        secure ? dir.resolve("server.pem").toString() : "",
        credentials == null ? "" : credentials.getUsername(),
        credentials == null ? "" : credentials.getPassword());
    String out = CPython.runFile(script, args, json(fields), Map.of(), dir).checkedStdout();
    assertThat(out.trim()).isEqualTo("sent");
    return server.take();
  }

  /** Writes the record's fields as a JSON object, floats as Python prints them. */
  private static String json(Map<String, ?> fields) {
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<String, ?> e : fields.entrySet()) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      jsonValue(sb, e.getKey());
      sb.append(": ");
      jsonValue(sb, e.getValue());
    }
    return sb.append('}').toString();
  }

  private static void jsonValue(StringBuilder sb, @Nullable Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof Object[]) {
      sb.append('[');
      Object[] items = (Object[]) v;
      for (int i = 0; i < items.length; i++) {
        sb.append(i > 0 ? ", " : "");
        jsonValue(sb, items[i]);
      }
      sb.append(']');
    } else if (v instanceof Number) {
      sb.append(PyRepr.repr(v));
    } else {
      sb.append('"');
      for (char c : v.toString().toCharArray()) {
        if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c < 0x20 || c > 0x7e) {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
      sb.append('"');
    }
  }
}
