package dev.logwright.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One SMTP session (RFC 5321) as Python's {@code smtplib} conducts it for {@code SMTPHandler}:
 * greeting, {@code EHLO} (falling back to {@code HELO}), {@code STARTTLS} and a second {@code
 * EHLO}, {@code AUTH} (CRAM-MD5, PLAIN, LOGIN, in Python's order of preference), {@code MAIL}
 * with {@code size=} when the server announces SIZE, {@code RCPT} for each recipient (the mail
 * goes out if any is accepted), {@code DATA} with dot-stuffing, {@code QUIT}.
 *
 * <p>The whole session shares one deadline: connecting and every read wait at most what is
 * left of it, so a dead or stalled server costs the caller no more than the timeout. Not
 * thread-safe; one session per message, as in Python.
 */
public final class SmtpClient implements Closeable {
  private static final int MAX_LINE = 8192;  // smtplib's _MAXLINE

  private final String host;
  private final int port;
  private final long deadline;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private final Map<String, String> extensions = new HashMap<>();
  private boolean greeted;

  private SmtpClient(String host, int port, long deadline) {
    this.host = host;
    this.port = port;
    this.deadline = deadline;
  }

  /** Connects to {@code host:port} and reads the greeting, all within {@code timeoutNanos}. */
  public static SmtpClient connect(String host, int port, long timeoutNanos) throws IOException {
    SmtpClient c = new SmtpClient(host, port, System.nanoTime() + timeoutNanos);
    Socket s = new Socket();
    try {
      s.connect(new InetSocketAddress(host, port), c.remainingMillis());
      c.use(s);
      c.expect(c.reply(), 220, "greeting");
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
    return c;
  }

  private void use(Socket s) throws IOException {
    socket = s;
    in = new BufferedInputStream(s.getInputStream());
    out = s.getOutputStream();
  }

  /** Sends {@code EHLO}, or {@code HELO} when the server does not speak ESMTP. */
  public void hello() throws IOException {
    extensions.clear();
    greeted = true;
    String name = localName();
    SmtpReply r = command("EHLO " + name);
    if (r.code == 250) {
      for (int i = 1; i < r.lines.size(); i++) {
        addExtension(r.lines.get(i));
      }
      return;
    }
    expect(command("HELO " + name), 250, "HELO");
  }

  private void addExtension(String line) {
    String upper = line.trim().toUpperCase(Locale.ROOT);
    // Old servers write "AUTH=LOGIN PLAIN"; smtplib reads that form too.
    int cut = upper.startsWith("AUTH=") ? 4 : upper.indexOf(' ');
    String keyword = cut < 0 ? upper : upper.substring(0, cut);
    String params = cut < 0 ? "" : upper.substring(cut + 1).trim();
    String old = extensions.get(keyword);
    extensions.put(keyword, old == null || old.isEmpty() ? params : old + " " + params);
  }

  private void helloIfNeeded() throws IOException {
    if (!greeted) {
      hello();
    }
  }

  /** Returns whether the last {@code EHLO} announced {@code keyword} (upper case). */
  public boolean hasExtension(String keyword) {
    return extensions.containsKey(keyword);
  }

  /** An address literal ({@code [127.0.0.1]}): never waits on a name lookup. */
  private String localName() {
    InetAddress a = socket.getLocalAddress();
    String literal = a.getHostAddress();
    int zone = literal.indexOf('%');
    if (zone >= 0) {
      literal = literal.substring(0, zone);
    }
    return literal.indexOf(':') >= 0 ? "[IPv6:" + literal + "]" : "[" + literal + "]";
  }

  /**
   * Upgrades the session to TLS with {@code factory}, checking the server's certificate against
   * {@code host}, then says {@code EHLO} again.
   *
   * @throws IOException if the server does not offer STARTTLS or the handshake fails
   */
  public void startTls(SSLSocketFactory factory) throws IOException {
    helloIfNeeded();
    if (!hasExtension("STARTTLS")) {
      throw new SmtpException("STARTTLS extension not supported by server.");
    }
    expect(command("STARTTLS"), 220, "STARTTLS");
    if (in.available() > 0) {
      // Plain-text bytes sent after the 220 would be taken as TLS-protected (CVE-2011-0411).
      throw new SmtpException("server sent data after its STARTTLS reply");
    }
    SSLSocket tls = (SSLSocket) factory.createSocket(socket, host, port, true);
    SSLParameters parameters = tls.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    tls.setSSLParameters(parameters);
    tls.setSoTimeout(remainingMillis());
    tls.startHandshake();
    use(tls);
    hello();
  }

  /** Authenticates as {@code user}, trying CRAM-MD5, PLAIN and LOGIN as the server offers them. */
  public void login(String user, String password) throws IOException {
    helloIfNeeded();
    String offered = extensions.get("AUTH");
    if (offered == null) {
      throw new SmtpException("SMTP AUTH extension not supported by server.");
    }
    List<String> mechanisms = new ArrayList<>();
    for (String m : offered.split(" ")) {
      mechanisms.add(m.trim());
    }
    SmtpException last = null;
    for (String mechanism : new String[] {"CRAM-MD5", "PLAIN", "LOGIN"}) {
      if (!mechanisms.contains(mechanism)) {
        continue;
      }
      SmtpReply r = SmtpAuth.authenticate(this, mechanism, user, password);
      if (r.code == 235 || r.code == 503) {
        return;
      }
      SmtpException failure = new SmtpException(r, "AUTH " + mechanism);
      if (last != null) {
        failure.addSuppressed(last);  // Python raises the last failure; keep the others too
      }
      last = failure;
    }
    throw last != null ? last : new SmtpException("No suitable authentication method found.");
  }

  /**
   * Sends {@code message} (CRLF line ends, not dot-stuffed) from {@code from} to {@code
   * recipients}; fails only if the server refuses the sender, every recipient or the data.
   */
  public void send(String from, List<String> recipients, byte[] message) throws IOException {
    helloIfNeeded();
    StringBuilder mail = new StringBuilder("MAIL FROM:<").append(from).append('>');
    if (hasExtension("SIZE")) {
      mail.append(" size=").append(message.length);
    }
    if (!Rfc2047.isAscii(from) || !allAscii(recipients)) {
      if (!hasExtension("SMTPUTF8")) {
        throw new SmtpException("One or more source or delivery addresses require"
            + " internationalized email support, but the server does not advertise the required"
            + " SMTPUTF8 capability");
      }
      mail.append(" SMTPUTF8 BODY=8BITMIME");
    }
    SmtpReply r = command(mail.toString());
    if (r.code != 250) {
      command("RSET");
      throw new SmtpException(r, "MAIL FROM");
    }
    sendRecipients(recipients);
    expect(command("DATA"), 354, "DATA");
    writeDotStuffed(message);
    expect(reply(), 250, "end of DATA");
  }

  private void sendRecipients(List<String> recipients) throws IOException {
    SmtpReply refused = null;
    int accepted = 0;
    for (String to : recipients) {
      SmtpReply r = command("RCPT TO:<" + to + ">");
      if (r.code == 250 || r.code == 251) {
        accepted++;
      } else {
        refused = r;
      }
    }
    if (accepted == 0) {
      command("RSET");
      throw new SmtpException(refused != null ? refused : new SmtpReply(0, new ArrayList<>()), "RCPT TO (all recipients refused)");
    }
  }

  private static boolean allAscii(List<String> values) {
    for (String v : values) {
      if (!Rfc2047.isAscii(v)) {
        return false;
      }
    }
    return true;
  }

  /** Doubles every period that starts a line and ends the data with {@code CRLF.CRLF}. */
  private void writeDotStuffed(byte[] message) throws IOException {
    ByteArrayOutputStream data = new ByteArrayOutputStream(message.length + 16);
    boolean lineStart = true;
    for (byte b : message) {
      if (lineStart && b == '.') {
        data.write('.');
      }
      data.write(b);
      lineStart = b == '\n';
    }
    if (!lineStart) {
      data.write('\r');
      data.write('\n');
    }
    data.write('.');
    data.write('\r');
    data.write('\n');
    out.write(data.toByteArray());
    out.flush();
  }

  /** Sends {@code QUIT} and reads the answer. */
  public void quit() throws IOException {
    command("QUIT");
  }

  /** Sends one command line and returns the server's reply. */
  SmtpReply command(String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
    return reply();
  }

  /** Reads one reply, all its lines, within what is left of the deadline. */
  SmtpReply reply() throws IOException {
    List<String> lines = new ArrayList<>();
    while (true) {
      socket.setSoTimeout(remainingMillis());
      String line = readLine();
      if (line.length() < 3) {
        throw new SmtpException("malformed reply: " + line);
      }
      int code;
      try {
        code = Integer.parseInt(line.substring(0, 3));
      } catch (NumberFormatException e) {
        throw new SmtpException("malformed reply: " + line);
      }
      lines.add(line.length() > 4 ? line.substring(4) : "");
      if (line.length() == 3 || line.charAt(3) != '-') {
        return new SmtpReply(code, lines);
      }
    }
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new SmtpException("Connection unexpectedly closed");
      }
      if (b == '\n') {
        break;
      }
      if (line.size() >= MAX_LINE) {
        throw new SmtpException("line too long");
      }
      line.write(b);
    }
    String s = new String(line.toByteArray(), StandardCharsets.UTF_8);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  private static void expect(SmtpReply r, int code, String what) throws SmtpException {
    if (r.code != code) {
      throw new SmtpException(r, what);
    }
  }

  private int remainingMillis() throws SocketTimeoutException {
    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    if (left <= 0) {
      throw new SocketTimeoutException("SMTP session exceeded its timeout");
    }
    return (int) Math.min(Integer.MAX_VALUE, left);
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
    }
  }
}
