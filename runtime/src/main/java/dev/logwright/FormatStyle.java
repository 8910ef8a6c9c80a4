package dev.logwright;

import dev.logwright.internal.PyException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A format string compiled for one of the three styles of Python's {@code logging}: CPython's
 * {@code PercentStyle}, {@code StrFormatStyle} and {@code StringTemplateStyle}. A style appends
 * a record's fields into a buffer; with {@code direct}, the message and {@code asctime} are
 * written straight into the buffer instead of being read from the record's attributes.
 */
abstract class FormatStyle {
  /** One piece of a compiled format. */
  interface Part {
    void append(LogRecord record, Formatter formatter, StringBuilder out, boolean direct);
  }

  /** Text copied as is. */
  static final class Literal implements Part {
    private final String text;

    Literal(String text) {
      this.text = text;
    }

    @Override
    public void append(LogRecord record, Formatter formatter, StringBuilder out, boolean direct) {
      out.append(text);
    }
  }

  final String fmt;
  final Map<String, Object> defaults;
  private Part @Nullable [] parts;
  private @Nullable PyException compileError;
  boolean usesMessage;
  boolean usesCallerInfo;

  FormatStyle(String fmt, Map<String, Object> defaults) {
    this.fmt = fmt;
    this.defaults = defaults;
  }

  /**
   * Returns {@code fmt} compiled for {@code style}: {@code '%'}, <code>'{'</code> or {@code '$'}.
   * {@code fmt} is not empty: {@link Formatter} has put the style's default in its place.
   */
  static FormatStyle create(char style, String fmt, @Nullable Map<String, ?> defaults) {
    Map<String, Object> d = defaults == null || defaults.isEmpty()
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new HashMap<String, Object>(defaults));
    // Each style's factory returns a FormatStyle, so verifying this method loads none of the
    // three classes: a program loads only the style it uses.
    FormatStyle s;
    switch (style) {
      case '%':
        s = PercentStyle.of(fmt, d);
        break;
      case '{':
        s = StrFormatStyle.of(fmt, d);
        break;
      case '$':
        s = TemplateStyle.of(fmt, d);
        break;
      default:
        throw new IllegalArgumentException("Style must be one of: %,{,$");
    }
    s.compileOnce();
    return s;
  }

  private void compileOnce() {
    try {
      parts = compile();
    } catch (PyException e) {
      // Python fails when formatting, not when the formatter is made without validation
      compileError = e;
    }
  }

  /** Compiles {@link #fmt}; notes the fields used through {@link #uses}. */
  abstract Part[] compile();

  /** Python's {@code validate()}: throws a {@code ValueError} when the format does not fit the style. */
  abstract void validate();

  /** Records that the format names {@code field}. */
  final void uses(FieldRef field) {
    usesMessage |= field.isMessage();
    usesCallerInfo |= field.isCallerInfo();
  }

  /** Appends the record formatted by this style, as Python's {@code style.format(record)}. */
  final void append(LogRecord record, Formatter formatter, StringBuilder out, boolean direct) {
    if (compileError != null) {
      throw compileError;
    }
    for (Part part : parts) {
      part.append(record, formatter, out, direct);
    }
  }

  /** Returns the record's {@code __dict__} merged over the defaults, for formats read as a whole. */
  final Map<String, Object> values(LogRecord record) {
    Map<String, Object> values = new LinkedHashMap<>(defaults);
    for (RecordAttribute a : RecordAttribute.values()) {
      values.put(a.pythonName(), a == RecordAttribute.ARGS ? FieldRef.args(record) : a.get(record));
    }
    values.putAll(record.getExtra());
    return values;
  }
}
