package dev.logwright.internal;

import java.math.BigInteger;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Python's format-spec mini-language ({@code format(value, spec)}, the part after {@code :} in
 * {@code str.format}): {@code [[fill]align][sign][#][0][width][,|_][.precision][type]} applied
 * to a str, int, float, bool or other value with Python's rules and error messages. Parsed
 * once; {@link #append} allocates only for floats and non-string values.
 */
public final class FormatSpec {
  private final String spec;
  private final char fill;
  private final char align;
  private final char sign;
  private final boolean noNegativeZero;
  private final boolean alternate;
  private final boolean zero;
  private final int width;
  private final char grouping;
  private final int precision;
  private final char type;

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
      appendInt(out, value);
    } else if (PyTypes.isFloat(value)) {
      appendFloat(out, ((Number) value).doubleValue());
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
    appendLong(out, value, "int");
  }

  private void appendLong(StringBuilder out, long value, String typeName) {
    if (isFloatType()) {
      appendFloat(out, value);
      return;
    }
    checkIntSpec(typeName);
    int start = out.length();
    if (type == 'c') {
      if (value < 0 || value >= 0x110000) {
        throw PyException.overflowError("%c arg not in range(0x110000)");
      }
      out.appendCodePoint((int) value);
      pad(out, start, start, '>');
      return;
    }
    appendSign(out, value < 0);
    appendPrefix(out);
    int digitsStart = out.length();
    if (type == 'b' || type == 'o' || type == 'x' || type == 'X' || value == Long.MIN_VALUE) {
      appendDigits(out, BigInteger.valueOf(value).abs().toString(radix()));
    } else if (grouping == 0) {
      out.append(Math.abs(value));
    } else {
      appendDigits(out, Long.toString(Math.abs(value)));
    }
    pad(out, start, digitsStart, '>');
  }

  private void appendInt(StringBuilder out, Object value) {
    if (PyTypes.isSmallInt(value)) {
      appendLong(out, PyTypes.longValue(value), PyTypes.name(value));
      return;
    }
    BigInteger big = (BigInteger) value;
    if (isFloatType()) {
      appendFloat(out, big.doubleValue());
      return;
    }
    checkIntSpec("int");
    if (type == 'c') {
      throw PyException.overflowError("Python int too large to convert to C long");
    }
    int start = out.length();
    appendSign(out, big.signum() < 0);
    appendPrefix(out);
    int digitsStart = out.length();
    appendDigits(out, big.abs().toString(radix()));
    pad(out, start, digitsStart, '>');
  }

  /** Appends {@code format(value, spec)} for a {@code float}. */
  public void appendFloat(StringBuilder out, double value) {
    if (type != 0 && type != 'n' && !isFloatType()) {
      throw unknownCode("float");
    }
    int start = out.length();
    boolean negative = value < 0 || (value == 0 && 1 / value < 0);
    appendSign(out, negative);
    int bodyStart = out.length();
    double abs = Math.abs(type == '%' ? value * 100 : value);
    int p = precision;
    switch (type) {
      case 0:
        if (p < 0) {
          PyFloat.appendShortest(out, abs, 16, true);
          int e = out.indexOf("e", bodyStart);
          if (alternate && e >= 0 && out.indexOf(".", bodyStart) < 0) {
            out.insert(e, '.');
          }
        } else {
          PyFloat.appendGeneral(out, abs, p, alternate, false, true);
        }
        break;
      case 'e':
      case 'E':
        PyFloat.appendExponent(out, abs, p < 0 ? 6 : p, alternate, type == 'E');
        break;
      case 'g':
      case 'G':
      case 'n':
        PyFloat.appendGeneral(out, abs, p < 0 ? 6 : p, alternate, type == 'G', false);
        break;
      default:
        PyFloat.appendFixed(out, abs, p < 0 ? 6 : p, alternate);
        if (type == 'F') {
          upper(out, bodyStart);
        }
    }
    if (negative && noNegativeZero && isZero(out, bodyStart)) {
      // 'z': a negative zero after rounding shows as a positive one
      if (sign == '+' || sign == ' ') {
        out.setCharAt(start, sign);
      } else {
        out.deleteCharAt(start);
        bodyStart--;
      }
    }
    if (grouping != 0) {
      group(out, bodyStart);
    }
    if (type == '%') {
      out.append('%');
    }
    pad(out, start, bodyStart, '>');
  }

  /** Returns whether the digits from {@code from} are all zeros (an exponent may follow). */
  private static boolean isZero(StringBuilder out, int from) {
    for (int i = from; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c == 'e' || c == 'E') {
        return true;
      }
      if (c != '0' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private boolean isFloatType() {
    return type != 0 && "eEfFgG%".indexOf(type) >= 0;
  }

  private void checkIntSpec(String typeName) {
    if (type != 0 && "bcdoxXn".indexOf(type) < 0) {
      throw unknownCode(typeName);
    }
    if (noNegativeZero) {
      throw PyException.valueError(
          "Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (precision >= 0) {
      throw PyException.valueError("Precision not allowed in integer format specifier");
    }
    if (type == 'c' && sign != 0) {
      throw PyException.valueError("Sign not allowed with integer format specifier 'c'");
    }
    if (type == 'c' && alternate) {
      throw PyException.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (grouping == ',' && type != 0 && type != 'd') {
      throw PyException.valueError("Cannot specify ',' with '" + type + "'.");
    }
  }

  private int radix() {
    return type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
  }

  private void appendSign(StringBuilder out, boolean negative) {
    if (negative) {
      out.append('-');
    } else if (sign == '+' || sign == ' ') {
      out.append(sign);
    }
  }

  private void appendPrefix(StringBuilder out) {
    if (alternate && type != 0 && type != 'd' && type != 'n') {
      out.append('0').append(type == 'b' ? 'b' : type == 'o' ? 'o' : type);
    }
  }

  private void appendDigits(StringBuilder out, String digits) {
    int start = out.length();
    out.append(type == 'X' ? digits.toUpperCase(Locale.ROOT) : digits);
    if (grouping != 0) {
      group(out, start);
    }
  }

  /** Inserts the grouping character into the integer digits that start at {@code from}. */
  private void group(StringBuilder out, int from) {
    int end = from;
    int radix = type == 'x' || type == 'X' ? 16 : 10;
    while (end < out.length() && Character.digit(out.charAt(end), radix) >= 0) {
      end++;
    }
    int size = type == 'b' || type == 'o' || type == 'x' || type == 'X' ? 4 : 3;
    for (int i = end - size; i > from; i -= size) {
      out.insert(i, grouping);
    }
  }

  /** Pads to the width: fill before, after or around the text, or after the sign ({@code =}). */
  private void pad(StringBuilder out, int start, int bodyStart, char defaultAlign) {
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
        Conversions.appendRepeated(out, f, missing);
        break;
      case '^':
        Conversions.insertRepeated(out, start, f, missing / 2);
        Conversions.appendRepeated(out, f, missing - missing / 2);
        break;
      case '=':
        Conversions.insertRepeated(out, bodyStart, f, missing);
        break;
      default:
        Conversions.insertRepeated(out, start, f, missing);
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
      group(out, bodyStart);
    }
  }

  private PyException unknownCode(String valueType) {
    return PyException.valueError(
        "Unknown format code '" + type + "' for object of type '" + valueType + "'");
  }

  private static void upper(StringBuilder out, int from) {
    for (int i = from; i < out.length(); i++) {
      out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
    }
  }
}
