package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a logger on a no-argument method returning {@code dev.logwright.Logger}: the method
 * returns the logger of that name, which {@code install()} configures.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface LoggerConfig {
  /** The dotted logger name, e.g. {@code "app.db"}; must not be empty (that is the root). */
  String name();

  /** The level by name or number; {@code ""} (default) leaves it {@code NOTSET}. */
  String level() default "";

  /** Names of the handler methods attached to this logger; default none. */
  String[] handlers() default {};

  /** Whether records also go to the ancestors' handlers; default {@code true}, as in Python. */
  boolean propagate() default true;
}
