package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code rotator} of a rotating file handler: the name of a default or static method of the
 * configuration interface taking the source and destination names ({@code String, String}),
 * returning {@code void}, that moves (and perhaps compresses) the source, as Python's {@code
 * rotator} callable. It may throw {@code java.io.IOException}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface RotatedBy {
  /** The method's name. */
  String value();
}
