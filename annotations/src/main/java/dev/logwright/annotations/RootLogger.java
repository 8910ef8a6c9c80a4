package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The root logger in a {@link LoggingConfig}: its level and the handler methods attached to it
 * by {@code install()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface RootLogger {
  /**
   * The level: a name ({@code "DEBUG"}, {@code "INFO"}, {@code "WARNING"}, {@code "ERROR"},
   * {@code "CRITICAL"}, {@code "NOTSET"}) or a decimal number. Default {@code "WARNING"}, as
   * Python's root. Accepts {@code ${NAME:-default}} placeholders.
   */
  String level() default "WARNING";

  /** Names of the handler methods attached to the root logger; default none. */
  String[] handlers() default {};
}
