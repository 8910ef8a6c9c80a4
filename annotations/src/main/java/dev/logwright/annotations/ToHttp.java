package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@code HTTPHandler}: sends each record's attributes form-encoded to a web server. Credentials
 * need {@link #secure} and must be placeholders.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ToHttp {
  /** {@code "host"} or {@code "host:port"}. */
  String host();

  /** The path, e.g. {@code "/log"}. */
  String url();

  /** {@code "GET"} (default) or {@code "POST"}. */
  String method() default "GET";

  /** Use HTTPS; default {@code false}. */
  boolean secure() default false;

  /** The Basic-auth user name; {@code ""} (default) sends no credentials. */
  String username() default "";

  /** The Basic-auth password, as a placeholder such as {@code "${HTTP_PASSWORD}"}. */
  String password() default "";
}
