package dev.logwright.internal;

import java.math.BigDecimal;

/** Python's {@code repr(float)}: the shortest text that reads back as the same double. */
public final class PyFloat {
  private PyFloat() {}

  /** Appends {@code repr(d)}: {@code 1.5}, {@code 1e+16}, {@code 1e-05}, {@code inf}, {@code nan}. */
  public static void appendRepr(StringBuilder out, double d) {
    if (Double.isNaN(d)) {
      out.append("nan");
      return;
    }
    if (Double.isInfinite(d)) {
      out.append(d > 0 ? "inf" : "-inf");
      return;
    }
    if (d == 0) {
      out.append(1 / d < 0 ? "-0.0" : "0.0");
      return;
    }
    BigDecimal shortest = shortest(d);
    String digits = shortest.unscaledValue().abs().toString();
    // decimal exponent of the first digit: value = 0.d1d2... * 10^(point)
    int point = digits.length() - shortest.scale();
    int exponent = point - 1;
    if (d < 0) {
      out.append('-');
    }
    if (exponent < -4 || exponent >= 16) {
      out.append(digits.charAt(0));
      if (digits.length() > 1) {
        out.append('.').append(digits, 1, digits.length());
      }
      out.append('e').append(exponent < 0 ? '-' : '+');
      int abs = Math.abs(exponent);
      if (abs < 10) {
        out.append('0');
      }
      out.append(abs);
    } else if (point <= 0) {
      out.append("0.");
      for (int i = point; i < 0; i++) {
        out.append('0');
      }
      out.append(digits);
    } else if (point >= digits.length()) {
      out.append(digits);
      for (int i = digits.length(); i < point; i++) {
        out.append('0');
      }
      out.append(".0");
    } else {
      out.append(digits, 0, point).append('.').append(digits, point, digits.length());
    }
  }

  /** The shortest decimal (fewest significant digits) that parses back to {@code d}. */
  private static BigDecimal shortest(double d) {
    BigDecimal exact = new BigDecimal(d);
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal candidate = exact.round(new java.math.MathContext(precision, java.math.RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() == d) {
        return candidate.stripTrailingZeros();
      }
    }
    return exact.stripTrailingZeros();
  }
}
