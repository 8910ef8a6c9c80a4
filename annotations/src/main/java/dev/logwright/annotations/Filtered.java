package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Filters added to a handler method's handler, in order. Each class implements {@code
 * dev.logwright.Filter} and has an accessible no-argument constructor; the generated code calls
 * it with {@code new}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Filtered {
  /** The filter classes. */
  Class<?>[] value();
}
