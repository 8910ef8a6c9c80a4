package dev.logwright.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * One printf-style conversion ({@code %-08.3f}) of one value, as Python's {@code %} operator
 * performs it, appended to a buffer. {@link Printf} parses format strings and calls these; a
 * compiled formatter calls them directly with primitive values so that nothing is boxed.
 *
 * <p>Flags are the bits {@link #MINUS}, {@link #PLUS}, {@link #SPACE}, {@link #ALT} and {@link
 * #ZERO}; a width or precision of -1 means none.
 */
public final class Conversions {
  /** {@code -}: left-justify. */
  public static final int MINUS = 1;
  /** {@code +}: always show the sign. */
  public static final int PLUS = 2;
  /** {@code ' '}: a space before non-negative numbers. */
  public static final int SPACE = 4;
  /** {@code #}: alternate form ({@code 0x}, {@code 0o}, a kept decimal point). */
  public static final int ALT = 8;
  /** {@code 0}: pad numbers with zeros after the sign. */
  public static final int ZERO = 16;

  private static final double TWO_63 = 9.223372036854775808E18;

  private Conversions() {}

  /** Appends {@code value} converted by {@code conversion} ({@code s r a c d i u x X o e E f F g G}). */
  public static void convert(
      StringBuilder out, @Nullable Object value, int flags, int width, int precision, char conversion) {
    if (conversion == 's' && value instanceof String) {
      convertString(out, (String) value, flags, width, precision);
      return;
    }
    switch (conversion) {
      case 's':
      case 'r':
      case 'a':
        int start = out.length();
        if (conversion == 's') {
          PyRepr.appendStr(out, value);
        } else if (conversion == 'r') {
          PyRepr.appendRepr(out, value);
        } else {
          PyRepr.appendAscii(out, value);
        }
        Padding.finishText(out, start, flags, width, precision);
        return;
      case 'c':
        convertChar(out, value, flags, width);
        return;
      default:
        convertNumber(out, value, flags, width, precision, conversion);
    }
  }

  /** Appends {@code value} converted by {@code %s} with the given flags, width and precision. */
  public static void convertString(StringBuilder out, String value, int flags, int width, int precision) {
    int start = out.length();
    out.append(value);
    Padding.finishText(out, start, flags, width, precision);
  }

  /** Appends the Python {@code int} {@code value} converted by {@code conversion}. */
  public static void convertLong(
      StringBuilder out, long value, int flags, int width, int precision, char conversion) {
    int start = out.length();
    switch (conversion) {
      case 's':
      case 'r':
      case 'a':
        out.append(value);
        Padding.finishText(out, start, flags, width, precision);
        return;
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o':
        appendSignAndPrefix(out, value < 0, flags, conversion);
        int bodyStart = out.length();
        appendMagnitude(out, value, conversion);
        zeroPadDigits(out, bodyStart, precision);
        finishNumber(out, start, bodyStart, flags, width);
        return;
      case 'c':
        convertChar(out, value, flags, width);
        return;
      default:
        convertDouble(out, value, flags, width, precision, conversion);
    }
  }

  /** Appends the Python {@code float} {@code value} converted by {@code conversion}. */
  public static void convertDouble(
      StringBuilder out, double value, int flags, int width, int precision, char conversion) {
    int start = out.length();
    switch (conversion) {
      case 's':
      case 'r':
      case 'a':
        PyFloat.appendRepr(out, value);
        Padding.finishText(out, start, flags, width, precision);
        return;
      case 'd':
      case 'i':
      case 'u':
        checkIntegral(value);
        if (Math.abs(value) < TWO_63) {
          convertLong(out, (long) value, flags, width, precision, conversion);
        } else {
          convertBig(out, new BigDecimal(value).toBigInteger(), flags, width, precision, conversion, false);
        }
        return;
      case 'c':
        throw PyException.typeError("%c requires int or char");
      case 'x':
      case 'X':
      case 'o':
        throw PyException.typeError(
            "%" + conversion + " format: an integer is required, not float");
      default:
        break;
    }
    boolean negative = value < 0 || (value == 0 && 1 / value < 0);
    appendSignAndPrefix(out, negative, flags, conversion);
    int bodyStart = out.length();
    double abs = Math.abs(value);
    int p = precision < 0 ? 6 : precision;
    boolean alt = (flags & ALT) != 0;
    switch (conversion) {
      case 'f':
      case 'F':
        PyFloat.appendFixed(out, abs, p, alt);
        if (conversion == 'F' && !Double.isFinite(abs)) {
          upperCase(out, bodyStart);
        }
        break;
      case 'e':
      case 'E':
        PyFloat.appendExponent(out, abs, p, alt, conversion == 'E');
        break;
      case 'g':
      case 'G':
        PyFloat.appendGeneral(out, abs, p, alt, conversion == 'G', false);
        break;
      default:
        throw new IllegalArgumentException("not a float conversion: " + conversion);
    }
    finishNumber(out, start, bodyStart, flags, width);
  }

  private static void convertNumber(
      StringBuilder out, @Nullable Object value, int flags, int width, int precision, char conversion) {
    boolean intOnly = conversion == 'x' || conversion == 'X' || conversion == 'o';
    boolean floatConv = !intOnly && conversion != 'd' && conversion != 'i' && conversion != 'u';
    if (PyTypes.isSmallInt(value)) {
      if (floatConv) {
        convertDouble(out, PyTypes.longValue(value), flags, width, precision, conversion);
      } else {
        convertLong(out, PyTypes.longValue(value), flags, width, precision, conversion);
      }
    } else if (value instanceof BigInteger) {
      convertBig(out, (BigInteger) value, flags, width, precision, conversion, floatConv);
    } else if (PyTypes.isFloat(value) && !intOnly) {
      double d = ((Number) value).doubleValue();
      if (floatConv) {
        convertDouble(out, d, flags, width, precision, conversion);
      } else if (value instanceof BigDecimal) {
        convertBig(out, ((BigDecimal) value).toBigInteger(), flags, width, precision, conversion, false);
      } else {
        convertDouble(out, d, flags, width, precision, conversion);
      }
    } else if (floatConv) {
      throw PyException.typeError("must be real number, not " + PyTypes.name(value));
    } else if (intOnly) {
      throw PyException.typeError(
          "%" + conversion + " format: an integer is required, not " + PyTypes.name(value));
    } else {
      throw PyException.typeError(
          "%" + conversion + " format: a real number is required, not " + PyTypes.name(value));
    }
  }

  private static void convertBig(
      StringBuilder out, BigInteger value, int flags, int width, int precision, char conversion,
      boolean floatConv) {
    if (floatConv) {
      double d = value.doubleValue();
      if (Double.isInfinite(d)) {
        throw PyException.overflowError("int too large to convert to float");
      }
      convertDouble(out, d, flags, width, precision, conversion);
      return;
    }
    if (value.bitLength() < 64) {
      convertLong(out, value.longValue(), flags, width, precision, conversion);
      return;
    }
    int start = out.length();
    appendSignAndPrefix(out, value.signum() < 0, flags, conversion);
    int bodyStart = out.length();
    int radix = conversion == 'o' ? 8 : conversion == 'x' || conversion == 'X' ? 16 : 10;
    String digits = value.abs().toString(radix);
    out.append(conversion == 'X' ? digits.toUpperCase(java.util.Locale.ROOT) : digits);
    zeroPadDigits(out, bodyStart, precision);
    finishNumber(out, start, bodyStart, flags, width);
  }

  private static void convertChar(StringBuilder out, @Nullable Object value, int flags, int width) {
    if (PyTypes.isSmallInt(value)) {
      convertChar(out, PyTypes.longValue(value), flags, width);
      return;
    }
    if (value instanceof BigInteger) {
      throw PyException.overflowError("%c arg not in range(0x110000)");
    }
    int start = out.length();
    if (value instanceof Character) {
      out.append(((Character) value).charValue());
    } else if (value instanceof CharSequence
        && Character.codePointCount((CharSequence) value, 0, ((CharSequence) value).length()) == 1) {
      out.append((CharSequence) value);
    } else {
      throw PyException.typeError("%c requires int or char");
    }
    Padding.finishText(out, start, flags, width, -1);
  }

  private static void convertChar(StringBuilder out, long value, int flags, int width) {
    if (value < 0 || value >= 0x110000) {
      throw PyException.overflowError("%c arg not in range(0x110000)");
    }
    int start = out.length();
    out.appendCodePoint((int) value);
    Padding.finishText(out, start, flags, width, -1);
  }

  /** Python's {@code int(float)} errors for infinity and NaN. */
  private static void checkIntegral(double d) {
    if (Double.isNaN(d)) {
      throw PyException.valueError("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(d)) {
      throw PyException.overflowError("cannot convert float infinity to integer");
    }
  }

  private static void appendSignAndPrefix(StringBuilder out, boolean negative, int flags, char conversion) {
    if (negative) {
      out.append('-');
    } else if ((flags & PLUS) != 0) {
      out.append('+');
    } else if ((flags & SPACE) != 0) {
      out.append(' ');
    }
    if ((flags & ALT) != 0) {
      if (conversion == 'x') {
        out.append("0x");
      } else if (conversion == 'X') {
        out.append("0X");
      } else if (conversion == 'o') {
        out.append("0o");
      }
    }
  }

  /** Appends the digits of |value| in the conversion's base without allocating. */
  private static void appendMagnitude(StringBuilder out, long value, char conversion) {
    if (conversion == 'd' || conversion == 'i' || conversion == 'u') {
      if (value == Long.MIN_VALUE) {
        out.append("9223372036854775808");
      } else {
        out.append(Math.abs(value));
      }
      return;
    }
    int shift = conversion == 'o' ? 3 : 4;
    long magnitude = value == Long.MIN_VALUE ? value : Math.abs(value);
    int bits = 64 - Long.numberOfLeadingZeros(magnitude);
    int digits = Math.max(1, (bits + shift - 1) / shift);
    boolean upper = conversion == 'X';
    for (int d = digits - 1; d >= 0; d--) {
      int digit = (int) ((magnitude >>> (d * shift)) & ((1 << shift) - 1));
      char c = Character.forDigit(digit, 16);
      out.append(upper ? Character.toUpperCase(c) : c);
    }
  }

  /** Pads the digits from {@code bodyStart} with leading zeros to {@code precision} digits. */
  private static void zeroPadDigits(StringBuilder out, int bodyStart, int precision) {
    int missing = precision - (out.length() - bodyStart);
    if (missing > 0) {
      Padding.insertRepeated(out, bodyStart, '0', missing);
    }
  }

  /** Pads a number to {@code width}: spaces left or right, or zeros between sign and digits. */
  private static void finishNumber(StringBuilder out, int start, int bodyStart, int flags, int width) {
    int missing = width - (out.length() - start);
    if (missing <= 0) {
      return;
    }
    if ((flags & MINUS) != 0) {
      Padding.appendRepeated(out, ' ', missing);
    } else if ((flags & ZERO) != 0) {
      Padding.insertRepeated(out, bodyStart, '0', missing);
    } else {
      Padding.insertRepeated(out, start, ' ', missing);
    }
  }

  private static void upperCase(StringBuilder out, int from) {
    for (int i = from; i < out.length(); i++) {
      out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
    }
  }


}
