package dev.logwright.processor.model;

import java.util.List;
import java.util.function.Predicate;

/**
 * A format parsed at compile time: its text as written (for {@code getFormat()}), the date
 * format, the style, and the parts the generated formatter appends in order.
 */
public record FormatModel(String format, String datefmt, char style, List<Part> parts) {
  /** Returns whether any part is {@code asctime}, so the formatter sets it first. */
  public boolean usesTime() {
    return uses("asctime"::equals);
  }

  /** Returns whether any part is {@code message}. */
  public boolean usesMessage() {
    return uses("message"::equals);
  }

  /** Returns whether any part names an attribute that {@code attribute} accepts. */
  public boolean uses(Predicate<String> attribute) {
    return parts.stream().anyMatch(p -> (p instanceof Field f && attribute.test(f.attribute()))
        || (p instanceof SpecField s && attribute.test(s.attribute())));
  }

  /** One piece of a parsed format. */
  public sealed interface Part permits Literal, Field, SpecField {}

  /** Text copied as is. */
  public record Literal(String text) implements Part {}

  /**
   * A record attribute by its Python name and a {@code %} conversion: the conversion character
   * ({@code i} and {@code u} are {@code d}), the flags as written ({@code "-0+ #"}), the width and
   * the precision ({@code -1}: none).
   */
  public record Field(String attribute, char conversion, String flags, int width, int precision)
      implements Part {
    /** A plain {@code str()} of the attribute, as {@code $name} and <code>{name}</code> use it. */
    public static Field str(String attribute) {
      return new Field(attribute, 's', "", -1, -1);
    }

    public boolean leftAlign() {
      return flags.indexOf('-') >= 0;
    }

    /** Zero padding: {@code 0} without {@code -}, as Python applies it. */
    public boolean zeroPad() {
      return flags.indexOf('0') >= 0 && !leftAlign();
    }

    /** Whether the conversion is {@code %s} or {@code %d} with at most the flags {@code -} and {@code 0}. */
    public boolean isSimple() {
      return precision < 0 && (conversion == 's' ? flags.replace("-", "").isEmpty()
          : conversion == 'd' && flags.replace("-", "").replace("0", "").isEmpty());
    }
  }

  /** A <code>'{'</code>-style field with a format spec ({@code <8}), applied as Python's {@code format()}. */
  public record SpecField(String attribute, String spec, char conversion) implements Part {
    /** A field formatted with {@code spec} and no conversion. */
    public SpecField(String attribute, String spec) {
      this(attribute, spec, NO_CONVERSION);
    }
  }

  /** The {@link SpecField#conversion()} of a field without {@code !r}, {@code !s} or {@code !a}. */
  public static final char NO_CONVERSION = 0;
}
