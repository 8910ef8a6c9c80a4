package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@code SMTPHandler}: sends each record as one e-mail. Credentials need STARTTLS ({@link
 * #secure}) and must be placeholders ({@code ${SMTP_PASSWORD}}), never literals.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ToSmtp {
  /** {@code "host"} or {@code "host:port"} (port 25 by default). */
  String mailhost();

  /** The sender address. */
  String fromaddr();

  /** The recipient addresses; at least one. */
  String[] toaddrs();

  /** The subject line. */
  String subject();

  /** The user name; {@code ""} (default) sends no AUTH. */
  String username() default "";

  /** The password, as a placeholder such as {@code "${SMTP_PASSWORD}"}; {@code ""} (default) none. */
  String password() default "";

  /** Use STARTTLS before authenticating; default {@code false}. */
  boolean secure() default false;

  /** The socket timeout in seconds, &gt; 0; default 5.0, as CPython's code. */
  double timeout() default 5.0;
}
