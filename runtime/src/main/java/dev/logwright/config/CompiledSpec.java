package dev.logwright.config;

import dev.logwright.internal.FormatSpec;
import org.jspecify.annotations.Nullable;

/**
 * A format spec of a <code>'{'</code>-style field ({@code <8}, {@code >6}, {@code 03d}),
 * parsed once when a generated formatter class is initialised and applied to each record's
 * value with Python's {@code format(value, spec)} rules, as {@code Formatter} applies it.
 */
public final class CompiledSpec {
  private final FormatSpec spec;

  private CompiledSpec(FormatSpec spec) {
    this.spec = spec;
  }

  /**
   * Parses {@code spec}, which the processor has already checked.
   *
   * @throws IllegalArgumentException (Python's {@code ValueError}) for a spec that does not parse
   */
  public static CompiledSpec of(String spec) {
    return new CompiledSpec(FormatSpec.parse(spec, "str"));
  }

  /** Appends {@code format(value, spec)} of a string. */
  public void appendString(StringBuilder out, String value) {
    spec.appendString(out, value);
  }

  /** Appends {@code format(value, spec)} of an integer. */
  public void appendLong(StringBuilder out, long value) {
    spec.appendLong(out, value);
  }

  /** Appends {@code format(value, spec)} of a float. */
  public void appendFloat(StringBuilder out, double value) {
    spec.appendFloat(out, value);
  }

  /** Appends {@code format(value, spec)} of any value ({@code None} included). */
  public void append(StringBuilder out, @Nullable Object value) {
    spec.append(out, value);
  }
}
