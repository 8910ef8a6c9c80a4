package dev.logwright.handlers;

import dev.logwright.Handler;
import dev.logwright.LogRecord;
import dev.logwright.RecordAttribute;
import dev.logwright.internal.FormEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Sends each record to a web server as a form-encoded dictionary, with GET or POST, as Python's
 * {@code HTTPHandler}.
 *
 * <p>GET appends {@code ?} (or {@code &} when the URL already has a query) and the encoded
 * {@link #mapLogRecord mapping} to the URL; POST sends it as the body with {@code Content-type:
 * application/x-www-form-urlencoded} and its length. With {@code credentials}, every request
 * carries {@code Authorization: Basic} of {@code user:password} in UTF-8; sending credentials
 * without {@code secure} prints one warning on {@code System.err} when the handler is made.
 *
 * <p>Unlike Python's, which waits forever and ignores the response, this handler bounds each
 * request by {@linkplain #getTimeout() a timeout} (5 s by default, as {@link SMTPHandler}'s)
 * and treats an error status (400 and above) or an answer that is no HTTP response as a
 * failure. Every failure (refused connection,
 * unknown host, TLS failure, timeout, error status) goes to {@link #handleError}; the next
 * record tries again. Requests go through {@link HttpURLConnection}, present on Android.
 */
public class HTTPHandler extends Handler {
  /** The default {@linkplain #getTimeout() timeout} in seconds. */
  public static final double DEFAULT_TIMEOUT = 5.0;

  private final String host;
  private final String url;
  private final String method;
  private final boolean secure;
  private final @Nullable Credentials credentials;
  private final @Nullable SSLContext context;
  private final double timeout;
  private final StringBuilder data = new StringBuilder(512);

  /** A handler sending GET requests to {@code http://host/url...}. */
  public HTTPHandler(String host, String url) {
    this(host, url, "GET", false, null, null);
  }

  /** A handler sending {@code method} ({@code "GET"} or {@code "POST"}) requests over HTTP. */
  public HTTPHandler(String host, String url, String method) {
    this(host, url, method, false, null, null);
  }

  /**
   * A handler with the spec's parameters and a 5 s timeout.
   *
   * @see #HTTPHandler(String, String, String, boolean, Credentials, SSLContext, double)
   */
  public HTTPHandler(String host, String url, String method, boolean secure,
      @Nullable Credentials credentials, @Nullable SSLContext context) {
    this(host, url, method, secure, credentials, context, DEFAULT_TIMEOUT);
  }

  /**
   * A handler sending records to {@code host} ({@code "name"}, {@code "name:port"}, {@code
   * "[v6]:port"}) at {@code url} (a path, with or without a query).
   *
   * @param method {@code "GET"} or {@code "POST"}, in any case
   * @param secure whether to use HTTPS
   * @param credentials Basic authentication, or {@code null}
   * @param context the TLS context for HTTPS, or {@code null} for the platform's default; only
   *     with {@code secure}, as in Python
   * @param timeout seconds to wait for the connection and for each read; &gt; 0
   * @throws IllegalArgumentException for another method, a context without {@code secure}, or
   *     a timeout that is not positive
   */
  public HTTPHandler(String host, String url, String method, boolean secure,
      @Nullable Credentials credentials, @Nullable SSLContext context, double timeout) {
    if (host == null) {
      throw new NullPointerException("host == null");
    }
    if (url == null) {
      throw new NullPointerException("url == null");
    }
    if (method == null) {
      throw new NullPointerException("method == null");
    }
    String m = method.toUpperCase(Locale.ROOT);
    if (!m.equals("GET") && !m.equals("POST")) {
      throw new IllegalArgumentException("method must be GET or POST: " + method);
    }
    if (!secure && context != null) {
      throw new IllegalArgumentException("context parameter only makes sense with secure=true");
    }
    if (!(timeout > 0) || Double.isInfinite(timeout)) {
      throw new IllegalArgumentException("timeout <= 0: " + timeout);
    }
    this.host = host;
    this.url = url;
    this.method = m;
    this.secure = secure;
    this.credentials = credentials;
    this.context = context;
    this.timeout = timeout;
    if (credentials != null && !secure) {
      System.err.println("HTTPHandler: credentials for " + host + " will be sent over plain HTTP"
          + " (secure=false); anyone on the network can read them");
    }
  }

  public String getHost() {
    return host;
  }

  public String getUrl() {
    return url;
  }

  /** Returns {@code "GET"} or {@code "POST"}. */
  public String getMethod() {
    return method;
  }

  public boolean isSecure() {
    return secure;
  }

  public @Nullable Credentials getCredentials() {
    return credentials;
  }

  public @Nullable SSLContext getContext() {
    return context;
  }

  /** Returns the timeout in seconds for connecting and for each read of the response. */
  public double getTimeout() {
    return timeout;
  }

  /**
   * Returns the fields sent for {@code record}, in order; values are sent as Python's {@code
   * str()} of them. The default is Python's {@code record.__dict__}: every attribute of the
   * record in Python's order, then its {@code extra} attributes, then {@code message} and {@code
   * asctime} when a formatter has set them. Override to send other fields.
   */
  public Map<String, ?> mapLogRecord(LogRecord record) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (RecordAttribute a : RecordAttribute.values()) {
      if (a != RecordAttribute.MESSAGE && a != RecordAttribute.ASCTIME) {
        fields.put(a.pythonName(), a.get(record));
      }
    }
    fields.putAll(record.getExtra());
    if (record.getMessageAttribute() != null) {
      fields.put("message", record.getMessageAttribute());
    }
    if (record.getAsctime() != null) {
      fields.put("asctime", record.getAsctime());
    }
    return fields;
  }

  /** Returns {@code true}: the default mapping sends the caller's file, line and function. */
  @Override
  public boolean needsCallerInfo() {
    return true;
  }

  /**
   * Opens the connection for one request to {@code target}, as Python's {@code getConnection}:
   * for HTTPS it uses the handler's {@link SSLContext} when one was given. Override when a
   * custom connection is required, for example through a proxy ({@code
   * target.openConnection(proxy)}).
   */
  protected HttpURLConnection getConnection(URL target, boolean secure) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) target.openConnection();
    if (secure && context != null && connection instanceof HttpsURLConnection) {
      ((HttpsURLConnection) connection).setSSLSocketFactory(context.getSocketFactory());
    }
    return connection;
  }

  /** Sends the record's {@link #mapLogRecord mapping} to the server. */
  @Override
  public void emit(LogRecord record) {
    try {
      data.setLength(0);
      FormEncoding.urlencode(mapLogRecord(record), data);
      String path = url;
      if (method.equals("GET")) {
        path = url + (url.indexOf('?') >= 0 ? '&' : '?') + data;
      }
      send(target(path), method.equals("POST") ? data.toString().getBytes(StandardCharsets.UTF_8) : null);
    } catch (Exception e) {
      handleError(record, e);
    }
  }

  private URL target(String path) throws IOException {
    String p = path.startsWith("/") ? path : "/" + path;
    return new URL((secure ? "https://" : "http://") + host + p);
  }

  private void send(URL target, byte @Nullable [] body) throws IOException {
    long deadline = System.nanoTime() + (long) (timeout * 1e9);
    HttpURLConnection c = getConnection(target, secure);
    try {
      int millis = (int) Math.max(1, Math.ceil(timeout * 1000));
      c.setConnectTimeout(millis);
      c.setReadTimeout(millis);
      c.setRequestMethod(method);
      c.setUseCaches(false);
      c.setInstanceFollowRedirects(false);
      c.setRequestProperty("Accept-Encoding", "identity");
      if (body != null) {
        c.setRequestProperty("Content-type", "application/x-www-form-urlencoded");
        c.setDoOutput(true);
        c.setFixedLengthStreamingMode(body.length);
      }
      if (credentials != null) {
        c.setRequestProperty("Authorization", basic(credentials));
      }
      c.connect();
      // What is left of the timeout bounds the rest of the exchange.
      c.setReadTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      if (body != null) {
        try (OutputStream out = c.getOutputStream()) {
          out.write(body);
        }
      }
      checkStatus(c, target);
    } finally {
      c.disconnect();
    }
  }

  private void checkStatus(HttpURLConnection c, URL target) throws IOException {
    int status = c.getResponseCode();
    if (status < 100) {
      // -1: the answer was no HTTP response (HttpURLConnection falls back to HTTP/0.9 then);
      // Python's http.client raises BadStatusLine or RemoteDisconnected.
      throw new IOException("invalid HTTP response from " + target.getProtocol() + "://" + host);
    }
    InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
    if (in != null) {
      // Reading the response to its end lets the connection be reused.
      try (InputStream response = in) {
        byte[] skip = new byte[512];
        while (response.read(skip) >= 0) {
          // discard
        }
      }
    }
    if (status >= 400) {
      throw new IOException("HTTP " + status + " " + c.getResponseMessage() + " from " + method
          + " " + target.getProtocol() + "://" + host + target.getPath());
    }
  }

  private static String basic(Credentials credentials) {
    String pair = credentials.getUsername() + ":" + credentials.getPassword();
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "<HTTPHandler " + method + " " + (secure ? "https://" : "http://") + host + url + ">";
  }
}
