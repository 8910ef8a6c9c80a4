package dev.logwright.processor.model;

import java.util.List;

/**
 * A format parsed at compile time: its text as written (for {@code getFormat()}), the date
 * format, the style, and the parts the generated formatter appends in order.
 */
public record FormatModel(String format, String datefmt, char style, List<Part> parts) {
  /** Returns whether any part is {@code asctime}, so the formatter sets it first. */
  public boolean usesTime() {
    return parts.stream().anyMatch(p -> (p instanceof Field f && f.attribute().equals("asctime"))
        || (p instanceof SpecField s && s.attribute().equals("asctime")));
  }

  /** One piece of a parsed format. */
  public sealed interface Part permits Literal, Field, SpecField {}

  /** Text copied as is. */
  public record Literal(String text) implements Part {}

  /**
   * A record attribute by its Python name, converted with {@code 's'} or {@code 'd'}, padded to
   * {@code width} (0: no padding), left-aligned or zero-padded as the flags say.
   */
  public record Field(String attribute, char conversion, boolean leftAlign, boolean zeroPad, int width)
      implements Part {}

  /** A <code>'{'</code>-style field with a format spec ({@code <8}), applied as Python's {@code format()}. */
  public record SpecField(String attribute, String spec) implements Part {}
}
