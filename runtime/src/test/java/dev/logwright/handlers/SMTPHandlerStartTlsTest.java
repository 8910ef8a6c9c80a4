package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.testing.SelfSignedCertificate;
import dev.logwright.testing.StartTlsSmtpServer;
import dev.logwright.testing.StartTlsSmtpServer.Received;
import dev.logwright.testing.StderrCapture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SMTPHandler with STARTTLS and AUTH against aiosmtpd, a real server that refuses AUTH before
 * TLS and reports the exact bytes it received.
 */
class SMTPHandlerStartTlsTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path dir;

  private StartTlsSmtpServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  /** A handler that keeps the errors {@code emit} reports instead of printing them. */
  static final class Recording extends SMTPHandler {
    final List<Throwable> errors = new ArrayList<>();

    Recording(int port, Credentials credentials, SSLContext secure) {
      this(port, credentials, secure, Arrays.asList("ops@example.org", "dev@example.net"));
    }

    Recording(int port, Credentials credentials, SSLContext secure, List<String> to) {
      super("127.0.0.1", port, "Log Wright <alerts@logwright.test>", to, "Grüße vom Server", credentials,
          secure, 20, Clock.fixed(Instant.parse("2026-03-01T08:05:09Z"), ZoneOffset.UTC));
    }

    @Override
    public void handleError(LogRecord record, Throwable error) {
      errors.add(error);
    }
  }

  private static LogRecord record(String msg) {
    return new LogRecord("mail", Level.ERROR, "/srv/app.py", 7, msg, null, null, "f", null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"CRAM-MD5, ''", "PLAIN, CRAM-MD5", "LOGIN, 'CRAM-MD5,PLAIN'"})
  void messageArrivesOverTlsAfterLogin(String mechanism, String excluded) throws Exception {
    SelfSignedCertificate cert = SelfSignedCertificate.create(dir);
    server = StartTlsSmtpServer.start(cert, dir, "logger", "pä ss", excluded);
    Recording h = new Recording(server.port(), new Credentials("logger", "pä ss"), cert.clientContext());
    String text = ".leading dot\n..two dots\nGrüße 日本語\n.\nlast";
    h.handle(record(text));

    assertThat(h.errors).isEmpty();
    Received r = server.take();
    assertThat(r.tls).isTrue();
    assertThat(r.auth).isEqualTo(mechanism);
    assertThat(r.mailFrom).isEqualTo("alerts@logwright.test");
    assertThat(r.rcptTos).containsExactly("ops@example.org", "dev@example.net").inOrder();
    assertThat(new String(r.content, StandardCharsets.UTF_8)).isEqualTo(
        "From: Log Wright <alerts@logwright.test>\r\n"
            + "To: ops@example.org,dev@example.net\r\n"
            + "Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?= vom Server\r\n"
            + "Date: Sun, 01 Mar 2026 08:05:09 +0000\r\n"
            + "Content-Type: text/plain; charset=\"utf-8\"\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n"
            + "MIME-Version: 1.0\r\n"
            + "\r\n"
            + ".leading dot\r\n..two dots\r\nGrüße 日本語\r\n.\r\nlast\r\n");
  }

  @Test
  void untrustedCertificateEndsInHandleErrorAndSendsNothing() throws Exception {
    SelfSignedCertificate cert = SelfSignedCertificate.create(dir);
    server = StartTlsSmtpServer.start(cert, dir, "logger", "secret", "");
    Recording h = new Recording(server.port(), new Credentials("logger", "secret"), SSLContext.getDefault());
    h.handle(record("x"));
    assertThat(h.errors).hasSize(1);
    assertThat(h.errors.get(0)).isInstanceOf(SSLException.class);

    // The same server takes the next record once the handler trusts it.
    Recording trusting = new Recording(server.port(), new Credentials("logger", "secret"), cert.clientContext());
    trusting.handle(record("y"));
    assertThat(trusting.errors).isEmpty();
    assertThat(server.take().tls).isTrue();
    assertThat(server.pending()).isEqualTo(0);
  }

  /** Verifies that without {@code secure} the server's demand for TLS before AUTH fails the record. */
  @Test
  void loginWithoutTlsIsRefusedByTheServer() throws Exception {
    SelfSignedCertificate cert = SelfSignedCertificate.create(dir);
    server = StartTlsSmtpServer.start(cert, dir, "logger", "secret", "");
    Recording h = new Recording(server.port(), new Credentials("logger", "secret"), null);
    assertThat(stderr.take()).contains("without STARTTLS");
    h.handle(record("x"));
    assertThat(h.errors).hasSize(1);
    assertThat(server.pending()).isEqualTo(0);
  }
  /** Verifies smtplib's rule: the mail goes out when any recipient is accepted. */
  @Test
  void refusedRecipientsFailOnlyWhenAllAreRefused() throws Exception {
    SelfSignedCertificate cert = SelfSignedCertificate.create(dir);
    server = StartTlsSmtpServer.start(cert, dir, "logger", "secret", "");
    Credentials login = new Credentials("logger", "secret");
    Recording some = new Recording(server.port(), login, cert.clientContext(),
        Arrays.asList("nobody@example.org", "ops@example.org"));
    some.handle(record("x"));
    assertThat(some.errors).isEmpty();
    assertThat(server.take().rcptTos).containsExactly("ops@example.org");

    Recording none = new Recording(server.port(), login, cert.clientContext(),
        Arrays.asList("nobody@example.org", "nobody@example.net"));
    none.handle(record("y"));
    assertThat(none.errors).hasSize(1);
    assertThat(none.errors.get(0)).hasMessageThat().contains("550");
    assertThat(server.pending()).isEqualTo(0);
  }
}
