package dev.logwright.internal;

import org.jspecify.annotations.Nullable;

/**
 * Python's format-spec mini-language ({@code format(value, spec)}, the part after {@code :} in
 * {@code str.format}): {@code [[fill]align][sign][#][0][width][,|_][.precision][type]} applied
 * to a str, int, float, bool or other value with Python's rules and error messages. Parsed
 * once; {@link #append} allocates only for floats and non-string values.
 */
public final class FormatSpec {
  private final String spec;
  final char fill;
  final char align;
  final char sign;
  final boolean noNegativeZero;
  final boolean alternate;
  final boolean zero;
  final int width;
  final char grouping;
  final int precision;
  final char type;

  private FormatSpec(String spec, char fill, char align, char sign, boolean noNegativeZero,
      boolean alternate, boolean zero, int width, char grouping, int precision, char type) {
    this.spec = spec;
    this.fill = fill;
    this.align = align;
    this.sign = sign;
    this.noNegativeZero = noNegativeZero;
    this.alternate = alternate;
    this.zero = zero;
    this.width = width;
    this.grouping = grouping;
    this.precision = precision;
    this.type = type;
  }

  /**
   * Parses {@code spec}; {@code valueType} names the type in the error for a malformed spec.
   *
   * @throws PyException {@code ValueError} as Python's for a spec it cannot parse
   */
  public static FormatSpec parse(String spec, String valueType) {
    int n = spec.length();
    int i = 0;
    char fill = 0;
    char align = 0;
    if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
      fill = spec.charAt(0);
      align = spec.charAt(1);
      i = 2;
    } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
      align = spec.charAt(0);
      i = 1;
    }
    char sign = 0;
    if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
      sign = spec.charAt(i++);
    }
    boolean noNegativeZero = i < n && spec.charAt(i) == 'z';
    if (noNegativeZero) {
      i++;
    }
    boolean alternate = i < n && spec.charAt(i) == '#';
    if (alternate) {
      i++;
    }
    boolean zero = i < n && spec.charAt(i) == '0';
    if (zero) {
      i++;
    }
    int width = -1;
    while (i < n && Character.isDigit(spec.charAt(i))) {
      width = Math.max(width, 0) * 10 + (spec.charAt(i++) - '0');
    }
    char grouping = 0;
    if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
      grouping = spec.charAt(i++);
    }
    int precision = -1;
    if (i < n && spec.charAt(i) == '.') {
      i++;
      int digitsStart = i;
      precision = 0;
      while (i < n && Character.isDigit(spec.charAt(i))) {
        precision = precision * 10 + (spec.charAt(i++) - '0');
      }
      if (i == digitsStart) {
        throw PyException.valueError("Format specifier missing precision");
      }
    }
    char type = 0;
    if (i < n) {
      type = spec.charAt(i++);
    }
    if (i < n) {
      throw PyException.valueError(
          "Invalid format specifier '" + spec + "' for object of type '" + valueType + "'");
    }
    if (grouping != 0 && "defgEGF%".indexOf(type) < 0 && type != 0
        && !(grouping == '_' && "boxX".indexOf(type) >= 0)) {
      throw PyException.valueError("Cannot specify '" + grouping + "' with '" + type + "'.");
    }
    return new FormatSpec(
        spec, fill, align, sign, noNegativeZero, alternate, zero, width, grouping, precision, type);
  }

  /** Appends Python's {@code format(value, spec)}. */
  public static void format(StringBuilder out, @Nullable Object value, String spec) {
    if (spec.isEmpty()) {
      PyRepr.appendStr(out, value);
      return;
    }
    if (!(value instanceof CharSequence || value instanceof Character || PyTypes.isInt(value)
        || PyTypes.isFloat(value))) {
      throw unsupported(value);
    }
    parse(spec, PyTypes.name(value)).append(out, value);
  }

  private static PyException unsupported(@Nullable Object value) {
    return PyException.typeError(
        "unsupported format string passed to " + PyTypes.name(value) + ".__format__");
  }

  /** Returns the text this spec was parsed from. */
  public String spec() {
    return spec;
  }

  /** Appends {@code format(value, spec)}. */
  public void append(StringBuilder out, @Nullable Object value) {
    if (spec.isEmpty()) {
      PyRepr.appendStr(out, value);
    } else if (value instanceof CharSequence || value instanceof Character) {
      appendString(out, value.toString());
    } else if (PyTypes.isInt(value)) {
      SpecNumbers.appendInt(this, out, value);
    } else if (PyTypes.isFloat(value)) {
      SpecNumbers.appendFloat(this, out, ((Number) value).doubleValue());
    } else {
      throw unsupported(value);
    }
  }

  /** Appends {@code format(value, spec)} for a {@code str}. */
  public void appendString(StringBuilder out, String value) {
    int start = out.length();
    out.append(value);
    finishString(out, start);
  }

  /**
   * Applies this spec to the text appended to {@code out} since {@code start}, as {@code
   * format(str, spec)}: truncation to the precision, padding to the width.
   */
  public void finishString(StringBuilder out, int start) {
    if (type != 0 && type != 's') {
      throw unknownCode("str");
    }
    if (sign == ' ') {
      throw PyException.valueError("Space not allowed in string format specifier");
    }
    if (sign != 0) {
      throw PyException.valueError("Sign not allowed in string format specifier");
    }
    if (noNegativeZero) {
      throw PyException.valueError(
          "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (alternate) {
      throw PyException.valueError("Alternate form (#) not allowed in string format specifier");
    }
    if (grouping != 0) {
      throw PyException.valueError("Cannot specify '" + grouping + "' with 's'.");
    }
    if (align == '=') {
      throw PyException.valueError("'=' alignment not allowed in string format specifier");
    }
    if (precision >= 0 && Character.codePointCount(out, start, out.length()) > precision) {
      out.setLength(out.offsetByCodePoints(start, precision));
    }
    pad(out, start, start, '<');
  }

  /** Appends {@code format(value, spec)} for an {@code int} that fits a {@code long}. */
  public void appendLong(StringBuilder out, long value) {
    SpecNumbers.appendLong(this, out, value, "int");
  }

  /** Appends {@code format(value, spec)} for a {@code float}. */
  public void appendFloat(StringBuilder out, double value) {
    SpecNumbers.appendFloat(this, out, value);
  }

  /** Pads to the width: fill before, after or around the text, or after the sign ({@code =}). */
  void pad(StringBuilder out, int start, int bodyStart, char defaultAlign) {
    // a '0' before the width means sign-aware zero padding for numbers, zero fill for text
    char a = align != 0 ? align : zero && defaultAlign == '>' ? '=' : defaultAlign;
    char f = fill != 0 ? fill : zero ? '0' : ' ';
    int missing = width - Character.codePointCount(out, start, out.length());
    if (missing <= 0) {
      return;
    }
    if (f == '0' && a == '=' && grouping != 0 && Character.isDigit(out.charAt(bodyStart))) {
      zeroGroup(out, bodyStart, missing);
      return;
    }
    switch (a) {
      case '<':
        Padding.appendRepeated(out, f, missing);
        break;
      case '^':
        Padding.insertRepeated(out, start, f, missing / 2);
        Padding.appendRepeated(out, f, missing - missing / 2);
        break;
      case '=':
        Padding.insertRepeated(out, bodyStart, f, missing);
        break;
      default:
        Padding.insertRepeated(out, start, f, missing);
    }
  }

  /** Zero padding with grouping: the zeros are grouped too, as Python pads {@code 010,}. */
  private void zeroGroup(StringBuilder out, int bodyStart, int missing) {
    int target = out.length() + missing;
    while (out.length() < target) {
      out.insert(bodyStart, '0');
      int end = bodyStart;
      while (end < out.length() && (Character.isDigit(out.charAt(end)) || out.charAt(end) == grouping)) {
        end++;
      }
      // regroup the integer part
      for (int i = end - 1; i >= bodyStart; i--) {
        if (out.charAt(i) == grouping) {
          out.deleteCharAt(i);
        }
      }
      SpecNumbers.group(this, out, bodyStart);
    }
  }

  PyException unknownCode(String valueType) {
    return PyException.valueError(
        "Unknown format code '" + type + "' for object of type '" + valueType + "'");
  }

}
