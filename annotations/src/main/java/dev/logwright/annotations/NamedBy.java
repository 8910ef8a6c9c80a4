package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code namer} of a rotating file handler: the name of a default or static method of the
 * configuration interface taking the default backup name ({@code String}) and returning the name
 * to use ({@code String}), as Python's {@code namer} callable.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface NamedBy {
  /** The method's name. */
  String value();
}
