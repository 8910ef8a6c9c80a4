package dev.logwright.internal;

import java.math.BigInteger;
import java.util.Locale;

/**
 * The numeric half of {@link FormatSpec}: {@code format(int, spec)} and {@code format(float,
 * spec)} with Python's sign, prefix, grouping, precision and type rules.
 */
final class SpecNumbers {
  private SpecNumbers() {}

  /** Appends {@code format(value, spec)} for an {@code int} that fits a {@code long}. */
  static void appendLong(FormatSpec s, StringBuilder out, long value, String typeName) {
    if (isFloatType(s)) {
      appendFloat(s, out, value);
      return;
    }
    checkIntSpec(s, typeName);
    int start = out.length();
    if (s.type == 'c') {
      if (value < 0 || value >= 0x110000) {
        throw PyException.overflowError("%c arg not in range(0x110000)");
      }
      out.appendCodePoint((int) value);
      s.pad(out, start, start, '>');
      return;
    }
    appendSign(s, out, value < 0);
    appendPrefix(s, out);
    int digitsStart = out.length();
    if (s.type == 'b' || s.type == 'o' || s.type == 'x' || s.type == 'X' || value == Long.MIN_VALUE) {
      appendDigits(s, out, BigInteger.valueOf(value).abs().toString(radix(s)));
    } else if (s.grouping == 0) {
      out.append(Math.abs(value));
    } else {
      appendDigits(s, out, Long.toString(Math.abs(value)));
    }
    s.pad(out, start, digitsStart, '>');
  }

  /** Appends {@code format(value, spec)} for any Python {@code int}. */
  static void appendInt(FormatSpec s, StringBuilder out, Object value) {
    if (PyTypes.isSmallInt(value)) {
      appendLong(s, out, PyTypes.longValue(value), PyTypes.name(value));
      return;
    }
    BigInteger big = (BigInteger) value;
    if (isFloatType(s)) {
      appendFloat(s, out, big.doubleValue());
      return;
    }
    checkIntSpec(s, "int");
    if (s.type == 'c') {
      throw PyException.overflowError("Python int too large to convert to C long");
    }
    int start = out.length();
    appendSign(s, out, big.signum() < 0);
    appendPrefix(s, out);
    int digitsStart = out.length();
    appendDigits(s, out, big.abs().toString(radix(s)));
    s.pad(out, start, digitsStart, '>');
  }

  /** Appends {@code format(value, spec)} for a {@code float}. */
  static void appendFloat(FormatSpec s, StringBuilder out, double value) {
    if (s.type != 0 && s.type != 'n' && !isFloatType(s)) {
      throw s.unknownCode("float");
    }
    int start = out.length();
    boolean negative = value < 0 || (value == 0 && 1 / value < 0);
    appendSign(s, out, negative);
    int bodyStart = out.length();
    double abs = Math.abs(s.type == '%' ? value * 100 : value);
    int p = s.precision;
    switch (s.type) {
      case 0:
        if (p < 0) {
          PyFloat.appendShortest(out, abs, 16, true);
          int e = out.indexOf("e", bodyStart);
          if (s.alternate && e >= 0 && out.indexOf(".", bodyStart) < 0) {
            out.insert(e, '.');
          }
        } else {
          PyFloat.appendGeneral(out, abs, p, s.alternate, false, true);
        }
        break;
      case 'e':
      case 'E':
        PyFloat.appendExponent(out, abs, p < 0 ? 6 : p, s.alternate, s.type == 'E');
        break;
      case 'g':
      case 'G':
      case 'n':
        PyFloat.appendGeneral(out, abs, p < 0 ? 6 : p, s.alternate, s.type == 'G', false);
        break;
      default:
        PyFloat.appendFixed(out, abs, p < 0 ? 6 : p, s.alternate);
        if (s.type == 'F') {
          upper(out, bodyStart);
        }
    }
    if (negative && s.noNegativeZero && isZero(out, bodyStart)) {
      // 'z': a negative s.zero after rounding shows as a positive one
      if (s.sign == '+' || s.sign == ' ') {
        out.setCharAt(start, s.sign);
      } else {
        out.deleteCharAt(start);
        bodyStart--;
      }
    }
    if (s.grouping != 0) {
      group(s, out, bodyStart);
    }
    if (s.type == '%') {
      out.append('%');
    }
    s.pad(out, start, bodyStart, '>');
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

  private static boolean isFloatType(FormatSpec s) {
    return s.type != 0 && "eEfFgG%".indexOf(s.type) >= 0;
  }

  private static void checkIntSpec(FormatSpec s, String typeName) {
    if (s.type != 0 && "bcdoxXn".indexOf(s.type) < 0) {
      throw s.unknownCode(typeName);
    }
    if (s.noNegativeZero) {
      throw PyException.valueError(
          "Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (s.precision >= 0) {
      throw PyException.valueError("Precision not allowed in integer format specifier");
    }
    if (s.type == 'c' && s.sign != 0) {
      throw PyException.valueError("Sign not allowed with integer format specifier 'c'");
    }
    if (s.type == 'c' && s.alternate) {
      throw PyException.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (s.grouping == ',' && s.type != 0 && s.type != 'd') {
      throw PyException.valueError("Cannot specify ',' with '" + s.type + "'.");
    }
  }

  private static int radix(FormatSpec s) {
    return s.type == 'b' ? 2 : s.type == 'o' ? 8 : s.type == 'x' || s.type == 'X' ? 16 : 10;
  }

  private static void appendSign(FormatSpec s, StringBuilder out, boolean negative) {
    if (negative) {
      out.append('-');
    } else if (s.sign == '+' || s.sign == ' ') {
      out.append(s.sign);
    }
  }

  private static void appendPrefix(FormatSpec s, StringBuilder out) {
    if (s.alternate && s.type != 0 && s.type != 'd' && s.type != 'n') {
      out.append('0').append(s.type == 'b' ? 'b' : s.type == 'o' ? 'o' : s.type);
    }
  }

  private static void appendDigits(FormatSpec s, StringBuilder out, String digits) {
    int start = out.length();
    out.append(s.type == 'X' ? digits.toUpperCase(Locale.ROOT) : digits);
    if (s.grouping != 0) {
      group(s, out, start);
    }
  }

  /** Inserts the s.grouping character into the integer digits that start at {@code from}. */
  static void group(FormatSpec s, StringBuilder out, int from) {
    int end = from;
    int radix = s.type == 'x' || s.type == 'X' ? 16 : 10;
    while (end < out.length() && Character.digit(out.charAt(end), radix) >= 0) {
      end++;
    }
    int size = s.type == 'b' || s.type == 'o' || s.type == 'x' || s.type == 'X' ? 4 : 3;
    for (int i = end - size; i > from; i -= size) {
      out.insert(i, s.grouping);
    }
  }


  private static void upper(StringBuilder out, int from) {
    for (int i = from; i < out.length(); i++) {
      out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
    }
  }
}
