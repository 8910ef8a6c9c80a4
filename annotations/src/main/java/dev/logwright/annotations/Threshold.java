package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The level of a handler method's handler (Python's {@code setLevel}): records below it are
 * ignored. Without it a handler is {@code NOTSET} and handles every record it is given.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Threshold {
  /** A level name ({@code "DEBUG"} … {@code "CRITICAL"}) or a decimal number. */
  String value();
}
