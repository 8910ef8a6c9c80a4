package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.internal.MailMessage;
import dev.logwright.internal.SmtpException;
import dev.logwright.testing.CPython;
import dev.logwright.testing.StderrCapture;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SMTPHandler against GreenMail, a real SMTP server with AUTH, and compared with CPython's. */
class SMTPHandlerTest {
  static final String FROM = "Log Wright <alerts@logwright.test>";
  static final List<String> TO = Arrays.asList("ops@example.org", "Dev Team <dev@example.net>");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:05:09Z"), ZoneId.of("Europe/Berlin"));

  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path dir;

  private final List<GreenMail> servers = new ArrayList<>();

  @AfterEach
  void stopServers() {
    for (GreenMail g : servers) {
      g.stop();
    }
  }

  private GreenMail greenMail(int port) {
    GreenMail g = new GreenMail(port == 0
        ? new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()
        : new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    g.setUser("alerts@logwright.test", "logger", "s3cret");
    g.start();
    servers.add(g);
    return g;
  }

  /** A handler that keeps the errors {@code emit} reports instead of printing them. */
  static final class Recording extends SMTPHandler {
    final List<Throwable> errors = new ArrayList<>();

    Recording(int port, @Nullable Credentials credentials, @Nullable SSLContext secure, double timeout) {
      this("127.0.0.1", port, "Alert", credentials, secure, timeout);
    }

    Recording(String host, int port, String subject, @Nullable Credentials credentials,
        @Nullable SSLContext secure, double timeout) {
      super(host, port, FROM, TO, subject, credentials, secure, timeout, CLOCK);
    }

    @Override
    public void handleError(LogRecord record, Throwable error) {
      errors.add(error);
    }
  }

  static LogRecord record(String msg) {
    return new LogRecord("mail", Level.ERROR, "/srv/app.py", 7, msg, null, null, "f", null);
  }

  private static String raw(MimeMessage m) {
    return GreenMailUtil.getWholeMessage(m);
  }

  /** Returns the header block as sent, without the trace headers GreenMail adds. */
  private static List<String> headers(String raw) {
    String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
    List<String> lines = new ArrayList<>();
    for (String field : head.split("\r\n(?![ \t])")) {
      if (!field.startsWith("Received:") && !field.startsWith("Return-Path:")) {
        lines.add(field);
      }
    }
    return lines;
  }

  private static String body(String raw) {
    return raw.substring(raw.indexOf("\r\n\r\n") + 4);
  }

  @Test
  void messageArrivesWithEnvelopeHeadersAndBody() throws Exception {
    GreenMail server = greenMail(0);
    Recording h = new Recording(server.getSmtp().getPort(), new Credentials("logger", "s3cret"), null, 10);
    assertThat(stderr.take()).contains("without STARTTLS");
    h.handle(record("disk full on /var"));

    assertThat(h.errors).isEmpty();
    assertThat(server.waitForIncomingEmail(20_000, 2)).isTrue();
    // One copy in each recipient's mailbox: the envelope named both.
    assertThat(inboxSize(server, "ops@example.org")).isEqualTo(1);
    assertThat(inboxSize(server, "dev@example.net")).isEqualTo(1);
    String raw = raw(server.getReceivedMessages()[0]);
    assertThat(raw).contains("Return-Path: <alerts@logwright.test>");
    assertThat(headers(raw)).containsExactly(
        "From: Log Wright <alerts@logwright.test>",
        "To: ops@example.org,Dev Team <dev@example.net>",
        "Subject: Alert",
        "Date: Sun, 01 Mar 2026 09:05:09 +0100",
        "Content-Type: text/plain; charset=\"utf-8\"",
        "Content-Transfer-Encoding: 7bit",
        "MIME-Version: 1.0").inOrder();
    // GreenMail keeps the body without the CRLF that precedes the final dot.
    assertThat(body(raw)).isEqualTo("disk full on /var");
  }

  private static int inboxSize(GreenMail server, String address) throws Exception {
    return server.getManagers().getImapHostManager()
        .getInbox(server.getUserManager().getUserByEmail(address)).getMessageCount();
  }

  /**
   * Verifies the content, decoded by GreenMail. GreenMail drops the CRLF before the final dot
   * (inside Base64 the last line end survives), so the last line end is not compared here; the
   * STARTTLS tests compare exact bytes.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      ".hidden\n..two\n.\nend",
      "Grüße aus Köln — 日本語\n.dot line\n",
      "a long line that goes on and on and on and on and on and on and on and on and on, yes ="
          + " trailing \t\n.second\n",
      "ünïcödé everywhere, long enough to need an encoding: ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß\n.x",
      "mixed\r\nline\rends\n\n\nand blank lines\n"})
  void dotsAndNonAsciiArriveIntact(String text) throws Exception {
    GreenMail server = greenMail(0);
    Recording h = new Recording("127.0.0.1", server.getSmtp().getPort(), "Grüße: „Fehler“ 日本語",
        null, null, 10);
    h.handle(record(text));
    assertThat(h.errors).isEmpty();
    assertThat(server.waitForIncomingEmail(20_000, 2)).isTrue();
    MimeMessage m = server.getReceivedMessages()[0];
    assertThat(m.getSubject()).isEqualTo("Grüße: „Fehler“ 日本語");
    String expected = String.join("\n", text.split("\r\n|\r|\n", -1));
    expected = expected.endsWith("\n") ? expected.substring(0, expected.length() - 1) : expected;
    assertThat(normalize(String.valueOf(m.getContent())).replaceFirst("\n$", "")).isEqualTo(expected);
  }

  private static String normalize(String s) {
    return s.replace("\r\n", "\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Alert|disk full",
      "Grüße: „Fehler“ im Modul 日本語|Grüße aus Köln\n.dot\n",
      "a subject long enough to be folded by the email package at seventy-eight columns wide|x",
      "long body|" + "0123456789 abcdefghij ABCDEFGHIJ 0123456789 abcdefghij ABCDEFGHIJ 0123456789 "
          + "abcdefghij =tail \n.next\n",
      "base64 body|ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß ÄÖÜ\n"})
  void headersAndBodyMatchCPythons(String subjectAndText) throws Exception {
    CPython.require(3, 13);
    String subject = subjectAndText.substring(0, subjectAndText.indexOf('|'));
    String text = subjectAndText.substring(subjectAndText.indexOf('|') + 1);
    GreenMail server = greenMail(0);
    int port = server.getSmtp().getPort();
    Recording h = new Recording("127.0.0.1", port, subject, null, null, 10);
    h.handle(record(text));
    assertThat(h.errors).isEmpty();
    assertThat(server.waitForIncomingEmail(20_000, 2)).isTrue();
    String ours = raw(server.getReceivedMessages()[0]);
    server.purgeEmailFromAllMailboxes();

    Path script = dir.resolve("smtp_handler.py");
    try (InputStream in = getClass().getResourceAsStream("/python/smtp_handler.py")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    String out = CPython.runFile(script, Arrays.asList("127.0.0.1", String.valueOf(port), FROM,
        String.join(",", TO), subject, "", ""), text, Map.of("TZ", "Europe/Berlin"), dir).checkedStdout();
    assertThat(out.trim()).isEqualTo("sent");
    assertThat(server.waitForIncomingEmail(20_000, 2)).isTrue();
    String theirs = raw(server.getReceivedMessages()[0]);

    List<String> ourHeaders = headers(ours);
    List<String> theirHeaders = headers(theirs);
    assertThat(ourHeaders.size()).isEqualTo(theirHeaders.size());
    for (int i = 0; i < theirHeaders.size(); i++) {
      if (theirHeaders.get(i).startsWith("Date: ")) {
        // Python dates the mail now; ours uses the test's clock. Same format, same zone rules.
        assertThat(ourHeaders.get(i)).isEqualTo("Date: " + MailMessage.formatDate(ZonedDateTime.now(CLOCK)));
        assertThat(theirHeaders.get(i)).matches("Date: [A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}");
      } else {
        assertThat(ourHeaders.get(i)).isEqualTo(theirHeaders.get(i));
      }
    }
    assertThat(body(ours)).isEqualTo(body(theirs));
  }
  @Test
  void wrongPasswordEndsInHandleError() throws Exception {
    GreenMail server = greenMail(0);
    Recording h = new Recording(server.getSmtp().getPort(), new Credentials("logger", "wrong"), null, 10);
    stderr.take();
    h.handle(record("x"));
    assertThat(h.errors).hasSize(1);
    assertThat(h.errors.get(0)).isInstanceOf(SmtpException.class);
    // PLAIN is refused (535); GreenMail then rejects LOGIN with an initial response, as it
    // would Python's: the last failure is reported, with the earlier ones suppressed.
    assertThat(h.errors.get(0)).hasMessageThat().contains("AUTH LOGIN failed");
    assertThat(h.errors.get(0).getSuppressed()[0]).hasMessageThat().contains("AUTH PLAIN failed: 535");
    assertThat(server.getReceivedMessages()).isEmpty();
  }

  /** Verifies that asking for TLS from a server without STARTTLS never sends the credentials. */
  @Test
  void secureWithoutStartTlsOnTheServerFailsBeforeLogin() throws Exception {
    GreenMail server = greenMail(0);
    Recording h = new Recording(server.getSmtp().getPort(), new Credentials("logger", "s3cret"),
        SSLContext.getDefault(), 10);
    h.handle(record("x"));
    assertThat(h.errors).hasSize(1);
    assertThat(h.errors.get(0)).hasMessageThat().contains("STARTTLS extension not supported");
    assertThat(server.getReceivedMessages()).isEmpty();
  }

  @Test
  void deadServerEndsInHandleErrorAndTheHandlerRecovers() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    Recording h = new Recording(port, null, null, 10);
    h.handle(record("lost"));
    assertThat(h.errors).hasSize(1);
    assertThat(h.errors.get(0)).isInstanceOf(ConnectException.class);

    GreenMail server = greenMail(port);
    h.handle(record("delivered"));
    assertThat(h.errors).hasSize(1);
    assertThat(server.waitForIncomingEmail(20_000, 2)).isTrue();
    assertThat(GreenMailUtil.getBody(server.getReceivedMessages()[0])).isEqualTo("delivered");
  }

  /** Verifies that a server that accepts but never greets costs the timeout, then an error. */
  @Test
  void silentServerEndsInTimeout() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Recording h = new Recording(silent.getLocalPort(), null, null, 0.3);
      h.handle(record("x"));
      assertThat(h.errors).hasSize(1);
      assertThat(h.errors.get(0)).isInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  void serverClosingMidSessionEndsInHandleError() throws Exception {
    try (ServerSocket rude = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread server = new Thread(() -> {
        try (Socket s = rude.accept()) {
          OutputStream out = s.getOutputStream();
          out.write("220 rude.test ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
          s.getInputStream().read(new byte[256]);
          out.write("250-rude.test\r\n250-SIZE".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException ignored) {
          // the test sees the result through the handler
        }
      });
      server.start();
      Recording h = new Recording(rude.getLocalPort(), null, null, 10);
      h.handle(record("x"));
      server.join(20_000);
      assertThat(h.errors).hasSize(1);
      assertThat(h.errors.get(0)).hasMessageThat().contains("Connection unexpectedly closed");
    }
  }

  @Test
  void unresolvableHostEndsInHandleError() {
    Recording h = new Recording("no-such-host.invalid", 25, "x", null, null, 10);
    h.handle(record("x"));
    assertThat(h.errors).hasSize(1);
    assertThat(h.errors.get(0)).isInstanceOf(IOException.class);
  }

  @Test
  void getSubjectCanBeOverridden() throws Exception {
    GreenMail server = greenMail(0);
    SMTPHandler h = new SMTPHandler("127.0.0.1", server.getSmtp().getPort(), FROM,
        Collections.singletonList("ops@example.org"), "unused", null, null) {
      @Override
      public String getSubject(LogRecord record) {
        return record.getLevelname() + " in " + record.getName() + ": " + record.getMessage();
      }
    };
    h.handle(record("disk full"));
    assertThat(server.waitForIncomingEmail(20_000, 1)).isTrue();
    assertThat(server.getReceivedMessages()[0].getSubject()).isEqualTo("ERROR in mail: disk full");
  }

  /** Verifies that a subject with a line break cannot inject headers: the record fails instead. */
  @Test
  void subjectWithLineBreakEndsInHandleErrorAndSendsNothing() throws Exception {
    GreenMail server = greenMail(0);
    Recording h = new Recording("127.0.0.1", server.getSmtp().getPort(), "Alert\r\nBcc: x@evil.test",
        null, null, 10);
    h.handle(record("x"));
    assertThat(h.errors).hasSize(1);
    assertThat(h.errors.get(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getReceivedMessages()).isEmpty();
  }

  @Test
  void credentialsWithoutSecurePrintOneWarningAndAnEmptyUserMeansNoLogin() {
    new Recording(25, new Credentials("logger", "s3cret"), null, 10);
    String warning = stderr.take();
    assertThat(warning).contains("without STARTTLS");
    assertThat(warning).doesNotContain("s3cret");
    assertThat(warning.trim().split("\n")).hasLength(1);
    Recording anonymous = new Recording(25, new Credentials("", "x"), null, 10);
    assertThat(anonymous.getCredentials()).isNull();
    assertThat(stderr.take()).isEmpty();
  }

  @Test
  void badArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> new SMTPHandler("h", FROM, Collections.emptyList(), "s"));
    assertThrows(IllegalArgumentException.class,
        () -> new SMTPHandler("h", 25, FROM, TO, "s", null, null, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new SMTPHandler("h", 70000, FROM, TO, "s", null, null));
    assertThrows(NullPointerException.class, () -> new SMTPHandler(null, FROM, TO, "s"));
    assertThat(new SMTPHandler("h", 0, FROM, TO, "s", null, null).getMailport()).isEqualTo(25);
  }
  /**
   * Verifies that a server echoing the refused AUTH line (as GreenMail does for LOGIN) cannot
   * put the password into the error report. A scripted server: no real one echoes PLAIN on cue.
   */
  @Test
  void echoedAuthLineIsRedactedInTheErrorReport() throws Exception {
    try (ServerSocket echo = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread server = new Thread(() -> {
        try (Socket s = echo.accept()) {
          java.io.BufferedReader in = new java.io.BufferedReader(
              new java.io.InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
          OutputStream out = s.getOutputStream();
          out.write("220 echo.test ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
          in.readLine();
          out.write("250-echo.test\r\n250 AUTH PLAIN\r\n".getBytes(StandardCharsets.US_ASCII));
          String auth = in.readLine();
          out.write(("535 refused <" + auth + ">\r\n").getBytes(StandardCharsets.US_ASCII));
          in.readLine();
        } catch (IOException ignored) {
          // the test sees the result through the handler
        }
      });
      server.start();
      Recording h = new Recording(echo.getLocalPort(), new Credentials("logger", "s3cret"), null, 10);
      stderr.take();
      h.handle(record("x"));
      server.join(20_000);
      assertThat(h.errors).hasSize(1);
      String secret = java.util.Base64.getEncoder().encodeToString(
          "\0logger\0s3cret".getBytes(StandardCharsets.UTF_8));
      assertThat(h.errors.get(0)).hasMessageThat().contains("535 refused <AUTH PLAIN ***>");
      assertThat(h.errors.get(0)).hasMessageThat().doesNotContain(secret);
    }
  }
  /**
   * Verifies the fallback to {@code HELO} when a server refuses {@code EHLO}, as smtplib does. A
   * scripted server: the real ones at hand all speak ESMTP.
   */
  @Test
  void heloWhenTheServerRefusesEhlo() throws Exception {
    List<String> commands = Collections.synchronizedList(new ArrayList<>());
    try (ServerSocket old = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread server = new Thread(() -> {
        try (Socket s = old.accept()) {
          java.io.BufferedReader in = new java.io.BufferedReader(
              new java.io.InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
          OutputStream out = s.getOutputStream();
          out.write("220 old.test SMTP\r\n".getBytes(StandardCharsets.US_ASCII));
          String line;
          boolean data = false;
          while ((line = in.readLine()) != null) {
            if (data) {
              if (line.equals(".")) {
                data = false;
                out.write("250 queued\r\n".getBytes(StandardCharsets.US_ASCII));
              }
              continue;
            }
            commands.add(line.split(" ")[0]);
            String answer = line.startsWith("EHLO") ? "502 not implemented"
                : line.equals("DATA") ? "354 go ahead"
                : line.equals("QUIT") ? "221 bye" : "250 ok";
            data = line.equals("DATA");
            out.write((answer + "\r\n").getBytes(StandardCharsets.US_ASCII));
          }
        } catch (IOException ignored) {
          // the test sees the result through the handler
        }
      });
      server.start();
      Recording h = new Recording(old.getLocalPort(), null, null, 10);
      h.handle(record("x"));
      server.join(20_000);
      assertThat(h.errors).isEmpty();
      assertThat(commands).containsExactly("EHLO", "HELO", "MAIL", "RCPT", "RCPT", "DATA", "QUIT")
          .inOrder();
    }
  }
}
