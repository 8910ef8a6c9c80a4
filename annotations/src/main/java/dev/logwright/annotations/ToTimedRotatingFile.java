package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code TimedRotatingFileHandler}: rolls the file over at intervals ({@link #when} × {@link
 * #interval}), naming backups by the time they cover. Hooks: {@link NamedBy}, {@link RotatedBy}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ToTimedRotatingFile {
  /** The file's path. */
  String filename();

  /**
   * The unit, case-insensitive: {@code "S"}, {@code "M"}, {@code "H"} (default, {@code "h"}),
   * {@code "D"}, {@code "midnight"}, or {@code "W0"}–{@code "W6"} (Monday–Sunday).
   */
  String when() default "h";

  /** How many units between rollovers, ≥ 1; default 1. Ignored for weekdays. */
  int interval() default 1;

  /** How many backups to keep, ≥ 0; {@code 0} (default) keeps all. */
  int backupCount() default 0;

  /** The charset name; {@code ""} (default) means UTF-8. */
  String encoding() default "";

  /** Open the file at the first record; default {@code false}. */
  boolean delay() default false;

  /** Use UTC rather than the local zone; default {@code false}. */
  boolean utc() default false;

  /**
   * The time of day of a {@code "midnight"} or weekday rollover, {@code "HH:MM"} or {@code
   * "HH:MM:SS"}; {@code ""} (default) is midnight. Only meaningful with those {@code when}s.
   */
  String atTime() default "";
}
