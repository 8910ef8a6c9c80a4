package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One message of a {@link MessageLogger} interface, on a {@code void} method. The parameters are
 * the message's arguments in order; a {@code Throwable} as the last parameter is instead the
 * record's exception (Python's {@code exc_info}), also when {@code null}.
 *
 * <p>The message uses Python's printf style ({@code %s}, {@code %d}, {@code %.2f}, {@code %-8s},
 * {@code %x}, {@code %r}, {@code %%} …) and renders exactly as {@code LogRecord.getMessage()}
 * would for the same arguments. The processor rejects a message whose placeholders disagree with
 * the parameters in number or type, {@code %(key)s} and {@code *} widths. A method without
 * arguments logs its message as it is, as Python does for a call without arguments.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Log {
  /** The level by name ({@code "DEBUG"} … {@code "CRITICAL"}) or a decimal number. */
  String level();

  /** The printf-style message. */
  String message();
}
