package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code RotatingFileHandler}: rolls the file over to {@code name.1}, {@code name.2} … when the
 * next record would make it longer than {@link #maxBytes}. Hooks: {@link NamedBy}, {@link
 * RotatedBy}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ToRotatingFile {
  /** The file's path. */
  String filename();

  /** {@code "a"} (default) or {@code "w"}. */
  String mode() default "a";

  /** The size that triggers rollover, ≥ 0; {@code 0} (default) never rolls over. */
  long maxBytes() default 0;

  /** How many backups to keep, ≥ 0; {@code 0} (default) keeps none and never rolls over. */
  int backupCount() default 0;

  /** The charset name; {@code ""} (default) means UTF-8. */
  String encoding() default "";

  /** Open the file at the first record; default {@code false}. */
  boolean delay() default false;
}
