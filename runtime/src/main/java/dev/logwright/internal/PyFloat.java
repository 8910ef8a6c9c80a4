package dev.logwright.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's float text: {@code repr(float)} (the shortest text that reads back as the same
 * double) and the {@code %f}, {@code %e} and {@code %g} conversions, rounded half-even on the
 * exact binary value as CPython's own conversion (and C's {@code printf}) rounds.
 *
 * <p>The {@code append*} conversions write the magnitude only; callers add the sign, padding and
 * any {@code %} suffix. Their argument must be finite and not negative.
 */
public final class PyFloat {
  private PyFloat() {}

  /** Appends {@code repr(d)}: {@code 1.5}, {@code 1e+16}, {@code 1e-05}, {@code inf}, {@code nan}. */
  public static void appendRepr(StringBuilder out, double d) {
    if (Double.isNaN(d)) {
      out.append("nan");
      return;
    }
    if (d < 0 || (d == 0 && 1 / d < 0)) {
      out.append('-');
    }
    appendShortest(out, Math.abs(d), 16, true);
  }

  /**
   * Appends the magnitude {@code abs} (or {@code inf}, {@code nan}) with the fewest digits that read
   * back: fixed notation unless the decimal exponent is below -4 or at least {@code expLimit};
   * {@code addDot0} makes a whole number end in {@code .0} as {@code repr} does.
   */
  public static void appendShortest(StringBuilder out, double abs, int expLimit, boolean addDot0) {
    if (Double.isNaN(abs)) {
      out.append("nan");
      return;
    }
    if (Double.isInfinite(abs)) {
      out.append("inf");
      return;
    }
    if (abs == 0) {
      out.append(addDot0 ? "0.0" : "0");
      return;
    }
    BigDecimal shortest = shortest(abs);
    String digits = shortest.unscaledValue().toString();
    int exponent = digits.length() - shortest.scale() - 1;
    appendDigits(out, digits, exponent, exponent < -4 || exponent >= expLimit, addDot0, false);
  }

  /** Appends {@code abs} in {@code %f} notation with {@code precision} decimals. */
  public static void appendFixed(StringBuilder out, double abs, int precision, boolean alternate) {
    if (!finite(out, abs, false)) {
      return;
    }
    out.append(new BigDecimal(abs).setScale(precision, RoundingMode.HALF_EVEN).toPlainString());
    if (alternate && precision == 0) {
      out.append('.');
    }
  }

  /** Appends {@code abs} in {@code %e} notation with {@code precision} decimals. */
  public static void appendExponent(
      StringBuilder out, double abs, int precision, boolean alternate, boolean upper) {
    if (!finite(out, abs, upper)) {
      return;
    }
    String digits;
    int exponent;
    if (abs == 0) {
      digits = "0";
      exponent = 0;
    } else {
      BigDecimal rounded = new BigDecimal(abs).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
      digits = rounded.unscaledValue().toString();
      exponent = digits.length() - rounded.scale() - 1;
    }
    out.append(digits.charAt(0));
    if (precision > 0 || alternate) {
      out.append('.');
    }
    for (int i = 1; i <= precision; i++) {
      out.append(i < digits.length() ? digits.charAt(i) : '0');
    }
    appendExponentSuffix(out, exponent, upper);
  }

  /**
   * Appends {@code abs} in {@code %g} notation: {@code precision} significant digits (0 counts
   * as 1), exponent notation when the exponent is below -4 or at least the precision, trailing
   * zeros removed unless {@code alternate}. With {@code addDot0} a fixed result keeps at least
   * one decimal, as {@code format(x, '.3')} does.
   */
  public static void appendGeneral(
      StringBuilder out, double abs, int precision, boolean alternate, boolean upper, boolean addDot0) {
    if (!finite(out, abs, upper)) {
      return;
    }
    int p = precision == 0 ? 1 : precision;
    String digits;
    int exponent;
    if (abs == 0) {
      digits = "0";
      exponent = 0;
    } else {
      BigDecimal rounded = new BigDecimal(abs).round(new MathContext(p, RoundingMode.HALF_EVEN));
      digits = rounded.unscaledValue().toString();
      exponent = digits.length() - rounded.scale() - 1;
    }
    StringBuilder padded = new StringBuilder(p).append(digits);
    while (padded.length() < p) {
      padded.append('0');
    }
    String all = padded.toString();
    if (!alternate) {
      int end = all.length();
      while (end > 1 && all.charAt(end - 1) == '0') {
        end--;
      }
      all = all.substring(0, end);
    }
    // CPython switches to exponent notation one digit earlier when it must add ".0"
    boolean exp = exponent < -4 || exponent >= (addDot0 ? p - 1 : p);
    appendDigits(out, all, exponent, exp, addDot0 && !alternate, upper);
    if (alternate && all.length() == 1 && exp) {
      // "%#.1g" keeps the point: 1.e+10
      int e = out.lastIndexOf(upper ? "E" : "e");
      out.insert(e, '.');
    } else if (alternate && !exp && all.length() <= exponent + 1) {
      out.append('.');
    }
  }

  /** Writes {@code inf}/{@code nan} (upper-cased for F, E, G) and returns false, or returns true. */
  private static boolean finite(StringBuilder out, double abs, boolean upper) {
    if (Double.isNaN(abs)) {
      out.append(upper ? "NAN" : "nan");
      return false;
    }
    if (Double.isInfinite(abs)) {
      out.append(upper ? "INF" : "inf");
      return false;
    }
    return true;
  }

  /** Lays out significant {@code digits} whose first digit has decimal {@code exponent}. */
  private static void appendDigits(
      StringBuilder out, String digits, int exponent, boolean scientific, boolean addDot0, boolean upper) {
    int n = digits.length();
    if (scientific) {
      out.append(digits.charAt(0));
      if (n > 1) {
        out.append('.').append(digits, 1, n);
      }
      appendExponentSuffix(out, exponent, upper);
    } else if (exponent < 0) {
      out.append("0.");
      for (int i = exponent + 1; i < 0; i++) {
        out.append('0');
      }
      out.append(digits);
    } else if (exponent + 1 >= n) {
      out.append(digits);
      for (int i = n; i < exponent + 1; i++) {
        out.append('0');
      }
      if (addDot0) {
        out.append(".0");
      }
    } else {
      out.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, n);
    }
  }

  private static void appendExponentSuffix(StringBuilder out, int exponent, boolean upper) {
    out.append(upper ? 'E' : 'e').append(exponent < 0 ? '-' : '+');
    int abs = Math.abs(exponent);
    if (abs < 10) {
      out.append('0');
    }
    out.append(abs);
  }

  /** The shortest decimal (fewest significant digits) that parses back to {@code d} (> 0). */
  private static BigDecimal shortest(double d) {
    BigDecimal exact = new BigDecimal(d);
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() == d) {
        return candidate.stripTrailingZeros();
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }
}
