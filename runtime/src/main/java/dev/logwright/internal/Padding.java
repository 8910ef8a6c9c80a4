package dev.logwright.internal;

/**
 * Width and precision applied in place to text just appended to a buffer, without allocating:
 * truncation to a number of code points, padding on either side or after a sign.
 */
public final class Padding {
  private Padding() {}

  /**
   * Cuts the text appended from {@code start} to {@code precision} code points (-1: no limit)
   * and pads it with spaces to {@code width}, on the right when {@code flags} has {@link
   * Conversions#MINUS}.
   */
  public static void finishText(StringBuilder out, int start, int flags, int width, int precision) {
    if (precision < 0 && width <= 0) {
      return;
    }
    int length = out.length() - start;
    int count = Character.codePointCount(out, start, out.length());
    if (precision >= 0 && count > precision) {
      out.setLength(out.offsetByCodePoints(start, precision));
      count = precision;
    } else if (length == count && width <= count) {
      return;
    }
    if (width > count) {
      if ((flags & Conversions.MINUS) != 0) {
        appendRepeated(out, ' ', width - count);
      } else {
        insertRepeated(out, start, ' ', width - count);
      }
    }
  }

  /** Appends {@code n} copies of {@code c}. */
  public static void appendRepeated(StringBuilder out, char c, int n) {
    for (int i = 0; i < n; i++) {
      out.append(c);
    }
  }

  /** Inserts {@code n} copies of {@code c} at {@code at}, shifting what follows, without allocating. */
  public static void insertRepeated(StringBuilder out, int at, char c, int n) {
    int oldLength = out.length();
    out.setLength(oldLength + n);
    for (int i = oldLength - 1; i >= at; i--) {
      out.setCharAt(i + n, out.charAt(i));
    }
    for (int i = at; i < at + n; i++) {
      out.setCharAt(i, c);
    }
  }
}
