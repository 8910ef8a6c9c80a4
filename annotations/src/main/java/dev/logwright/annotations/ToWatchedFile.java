package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code WatchedFileHandler}: a file handler that reopens its file when it has been moved or
 * deleted (by {@code logrotate}, say) since the last record.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ToWatchedFile {
  /** The file's path. */
  String filename();

  /** {@code "a"} (default) or {@code "w"}. */
  String mode() default "a";

  /** The charset name; {@code ""} (default) means UTF-8. */
  String encoding() default "";

  /** Open the file at the first record; default {@code false}. */
  boolean delay() default false;
}
