package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code FileHandler}: records appended to (or, with mode {@code "w"}, written over) one file.
 * String elements accept {@code ${NAME}} and {@code ${NAME:-default}} placeholders.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ToFile {
  /** The file's path. */
  String filename();

  /** {@code "a"} (default) appends, {@code "w"} truncates at open. */
  String mode() default "a";

  /** The charset name; {@code ""} (default) means UTF-8. */
  String encoding() default "";

  /** Open the file at the first record rather than at start-up; default {@code false}. */
  boolean delay() default false;
}
