package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code StreamHandler}: each record, then the terminator, written to standard error or
 * standard output, flushed after each record.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ToStream {
  /** {@code "stderr"} (default, as Python) or {@code "stdout"}. */
  String target() default "stderr";

  /** The charset name; {@code ""} (default) means UTF-8. */
  String encoding() default "";

  /** Written after each record; default a line feed, {@code ""} writes records back to back. */
  String terminator() default "\n";
}
