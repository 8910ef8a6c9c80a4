package dev.logwright.handlers;

import dev.logwright.Handler;
import dev.logwright.LogRecord;
import dev.logwright.internal.MailMessage;
import dev.logwright.internal.SmtpClient;
import java.io.IOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Sends each record as an e-mail, as Python's {@code SMTPHandler}: one SMTP session per record,
 * the formatted record as a {@code text/plain} UTF-8 body, headers {@code From}, {@code To}
 * (the addresses joined by {@code ","}), {@code Subject} (from {@link #getSubject}, RFC 2047
 * encoded when not ASCII) and {@code Date} (now, in the clock's zone), as Python's {@code
 * EmailMessage} writes them.
 *
 * <p>The session says {@code EHLO}; with {@code secure} it upgrades to TLS with {@code
 * STARTTLS} (checking the certificate and host name with the given {@link SSLContext}) and
 * says {@code EHLO} again; with {@code credentials} it logs in (CRAM-MD5, PLAIN or LOGIN). Python
 * only uses {@code secure} together with credentials; here {@code secure} always means TLS, so
 * that the message itself is protected too. A server without STARTTLS then fails the record
 * rather than receive it in the clear. Credentials without {@code secure} print one warning on
 * {@code System.err} when the handler is made.
 *
 * <p>The whole session (connect, TLS, every reply) is bounded by the {@code timeout}, 5 s by
 * default as in CPython's code (its documentation says 1 s). Every failure goes to {@link
 * #handleError}; the next record opens a new session. The mail is sent by a small built-in SMTP
 * client; no mail library is needed.
 */
public class SMTPHandler extends Handler {
  /** The default timeout in seconds, CPython's. */
  public static final double DEFAULT_TIMEOUT = 5.0;

  /** The SMTP port used when none is given, as {@code smtplib.SMTP_PORT}. */
  public static final int SMTP_PORT = 25;

  private final String mailhost;
  private final int mailport;
  private final String fromaddr;
  private final List<String> toaddrs;
  private final String subject;
  private final @Nullable Credentials credentials;
  private final @Nullable SSLContext secure;
  private final double timeout;
  private final Clock clock;

  /** A handler sending through {@code mailhost} on port 25, without login or TLS. */
  public SMTPHandler(String mailhost, String fromaddr, List<String> toaddrs, String subject) {
    this(mailhost, SMTP_PORT, fromaddr, toaddrs, subject, null, null, DEFAULT_TIMEOUT);
  }

  /** A handler with the spec's parameters and the default timeout. */
  public SMTPHandler(String mailhost, int mailport, String fromaddr, List<String> toaddrs,
      String subject, @Nullable Credentials credentials, @Nullable SSLContext secure) {
    this(mailhost, mailport, fromaddr, toaddrs, subject, credentials, secure, DEFAULT_TIMEOUT);
  }

  /** A handler with the spec's parameters, dating messages by the system clock. */
  public SMTPHandler(String mailhost, int mailport, String fromaddr, List<String> toaddrs,
      String subject, @Nullable Credentials credentials, @Nullable SSLContext secure,
      double timeout) {
    this(mailhost, mailport, fromaddr, toaddrs, subject, credentials, secure, timeout,
        Clock.systemDefaultZone());
  }

  /**
   * A handler sending mail through {@code mailhost:mailport}.
   *
   * @param mailport the server's port; 0 means {@link #SMTP_PORT}, as Python's {@code None}
   * @param fromaddr the {@code From} header; its address ({@code <...>} if present) is the
   *     envelope sender
   * @param toaddrs the recipients, at least one; joined by {@code ","} for the {@code To} header
   * @param credentials the login, or {@code null} for none; an empty user name means none, as in
   *     Python
   * @param secure the TLS context for {@code STARTTLS}, or {@code null} for a plain session;
   *     Python's {@code ()} is {@code SSLContext.getDefault()}
   * @param timeout seconds the whole session may take; &gt; 0
   * @param clock the source of the {@code Date} header and its zone
   */
  public SMTPHandler(String mailhost, int mailport, String fromaddr, List<String> toaddrs,
      String subject, @Nullable Credentials credentials, @Nullable SSLContext secure,
      double timeout, Clock clock) {
    this.mailhost = requireNonNull(mailhost, "mailhost");
    this.fromaddr = requireNonNull(fromaddr, "fromaddr");
    this.subject = requireNonNull(subject, "subject");
    this.clock = requireNonNull(clock, "clock");
    if (mailport < 0 || mailport > 65535) {
      throw new IllegalArgumentException("mailport out of range 0..65535: " + mailport);
    }
    if (requireNonNull(toaddrs, "toaddrs").isEmpty()) {
      throw new IllegalArgumentException("toaddrs is empty: []");
    }
    if (!(timeout > 0) || Double.isInfinite(timeout)) {
      throw new IllegalArgumentException("timeout <= 0: " + timeout);
    }
    this.mailport = mailport == 0 ? SMTP_PORT : mailport;
    this.toaddrs = Collections.unmodifiableList(new ArrayList<>(toaddrs));
    this.credentials = credentials == null || credentials.getUsername().isEmpty() ? null : credentials;
    this.secure = secure;
    this.timeout = timeout;
    if (this.credentials != null && secure == null) {
      System.err.println("SMTPHandler: credentials for " + mailhost + ":" + this.mailport
          + " will be sent without STARTTLS (secure=null); anyone on the network can read them");
    }
  }

  private static <T> T requireNonNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " == null");
    }
    return value;
  }

  public String getMailhost() {
    return mailhost;
  }

  public int getMailport() {
    return mailport;
  }

  public String getFromaddr() {
    return fromaddr;
  }

  /** Returns the recipients, unmodifiable. */
  public List<String> getToaddrs() {
    return toaddrs;
  }

  public @Nullable Credentials getCredentials() {
    return credentials;
  }

  public @Nullable SSLContext getSecure() {
    return secure;
  }

  /** Returns the timeout of a whole session, in seconds. */
  public double getTimeout() {
    return timeout;
  }

  /**
   * Returns the subject of the mail for {@code record}: the subject given to the constructor.
   * Override for a subject that depends on the record. It may not contain CR or LF.
   */
  public String getSubject(LogRecord record) {
    return subject;
  }

  /** Formats the record and mails it to the recipients. */
  @Override
  public void emit(LogRecord record) {
    try {
      byte[] message = MailMessage.build(fromaddr, String.join(",", toaddrs),
          getSubject(record), ZonedDateTime.now(clock), format(record));
      send(message);
    } catch (Exception e) {
      handleError(record, e);
    }
  }

  private void send(byte[] message) throws IOException {
    try (SmtpClient smtp = SmtpClient.connect(mailhost, mailport, (long) (timeout * 1e9))) {
      if (secure != null) {
        smtp.hello();
        smtp.startTls(secure.getSocketFactory());
      }
      if (credentials != null) {
        smtp.login(credentials.getUsername(), credentials.getPassword());
      }
      List<String> recipients = new ArrayList<>(toaddrs.size());
      for (String to : toaddrs) {
        recipients.add(addrSpec(to));
      }
      smtp.send(addrSpec(fromaddr), recipients, message);
      smtp.quit();
    }
  }

  /** Returns the address of {@code "Name <user@host>"}, or the trimmed text if it has no {@code <>}. */
  static String addrSpec(String address) {
    int open = address.lastIndexOf('<');
    int close = address.indexOf('>', open + 1);
    if (open >= 0 && close > open) {
      return address.substring(open + 1, close).trim();
    }
    return address.trim();
  }

  @Override
  public String toString() {
    return "<SMTPHandler " + mailhost + ":" + mailport + " " + toaddrs + ">";
  }
}
