package dev.logwright.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.Manager;
import dev.logwright.handlers.Credentials;
import dev.logwright.handlers.SMTPHandler;
import dev.logwright.testing.SelfSignedCertificate;
import dev.logwright.testing.StartTlsSmtpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies that a generated SMTP handler, with its host, port, user and password given as
 * placeholders, logs in over STARTTLS to a real server (aiosmtpd) and sends the message a
 * hand-built {@link SMTPHandler} sends.
 */
class SmtpExecutionTest {
  @TempDir Path dir;
  @TempDir Path classesDir;

  @Test
  void generatedSmtpHandlerSendsWhatTheHandBuiltOneSends() throws Exception {
    SelfSignedCertificate cert = SelfSignedCertificate.create(dir);
    SSLContext previous = SSLContext.getDefault();
    try (StartTlsSmtpServer server = StartTlsSmtpServer.start(cert, dir, "logger", "s3cret", "")) {
      // The generated handler uses the default context for STARTTLS; make it trust the test server.
      SSLContext.setDefault(cert.clientContext());
      System.setProperty("LW_SMTP_PORT", Integer.toString(server.port()));
      System.setProperty("LW_SMTP_USER", "logger");
      System.setProperty("LW_SMTP_PASSWORD", "s3cret");
      CompiledClasses classes = CompiledClasses.compile(JavaFileObjects.forSourceString("mail.MailLogging",
          String.join("\n",
              "package mail;",
              "import dev.logwright.Handler;",
              "import dev.logwright.annotations.*;",
              "@LoggingConfig(root = @RootLogger(handlers = \"mail\"))",
              "public interface MailLogging {",
              "  @ToSmtp(mailhost = \"localhost:${LW_SMTP_PORT}\", fromaddr = \"app@example.com\",",
              "      toaddrs = {\"ops@example.com\", \"dev@example.com\"}, subject = \"Failure\",",
              "      username = \"${LW_SMTP_USER}\", password = \"${LW_SMTP_PASSWORD}\", secure = true)",
              "  Handler mail();",
              "}")));
      AutoCloseable pipeline = (AutoCloseable) classes.createPipeline("mail.MailLoggingPipeline");
      Manager generated = new Manager();
      pipeline.getClass().getMethod("install", Manager.class).invoke(pipeline, generated);
      SMTPHandler hand = new SMTPHandler("localhost", server.port(), "app@example.com",
          List.of("ops@example.com", "dev@example.com"), "Failure", new Credentials("logger", "s3cret"),
          cert.clientContext());
      try {
        LogRecord record = new LogRecord("app", Level.ERROR, "/Main.java", 3, "disk %s full", new Object[] {"/var"},
            null, "main", null);
        generated.getRoot().handle(record.copy());
        hand.handle(record.copy());
        StartTlsSmtpServer.Received a = server.take();
        StartTlsSmtpServer.Received b = server.take();
        assertThat(a.tls).isTrue();
        assertThat(a.auth).isEqualTo(b.auth);
        assertThat(a.mailFrom).isEqualTo(b.mailFrom);
        assertThat(a.rcptTos).containsExactlyElementsIn(b.rcptTos).inOrder();
        assertThat(withoutDate(a.content)).isEqualTo(withoutDate(b.content));
        assertThat(withoutDate(a.content)).contains("disk /var full");
      } finally {
        pipeline.close();
        hand.close();
      }
      classes.assertReflectionFree(classesDir);
    } finally {
      SSLContext.setDefault(previous);
      System.clearProperty("LW_SMTP_PORT");
      System.clearProperty("LW_SMTP_USER");
      System.clearProperty("LW_SMTP_PASSWORD");
    }
  }

  /** The message without its Date header, the one line that depends on when it was sent. */
  private static String withoutDate(byte[] content) {
    return new String(content, StandardCharsets.UTF_8).replaceAll("(?m)^Date: .*\\r?\\n", "");
  }
}
