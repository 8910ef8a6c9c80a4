package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The formatter of a handler method's handler. The processor parses {@link #value} at compile
 * time into straight-line code; unknown record attributes and malformed formats are compile
 * errors. Without it a handler uses Python's default, {@code "%(message)s"}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface LogFormat {
  /** The format, e.g. {@code "%(asctime)s %(levelname)-8s %(name)s: %(message)s"}. */
  String value();

  /**
   * The strftime format of {@code asctime}; {@code ""} (default) means Python's {@code
   * 2003-07-08 16:49:45,896}.
   */
  String datefmt() default "";

  /** The style: {@code "%"} (default), <code>"{"</code> or {@code "$"}. */
  String style() default "%";
}
