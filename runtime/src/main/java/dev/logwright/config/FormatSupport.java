package dev.logwright.config;

import dev.logwright.Formatter;
import dev.logwright.LogRecord;
import dev.logwright.internal.Conversions;
import dev.logwright.internal.PyFloat;
import dev.logwright.internal.PyRepr;
import dev.logwright.internal.Zones;
import org.jspecify.annotations.Nullable;

/**
 * The appends a format compiled by the processor calls: Python's {@code str()} of a value,
 * {@code %d} of a number, padding to a width, and the exception and stack text that follow the
 * message. Each one matches what {@link Formatter} does for the same conversion.
 */
public final class FormatSupport {
  /** The {@code -} flag of a {@code %} conversion: left-align. */
  public static final int MINUS = Conversions.MINUS;
  /** The {@code +} flag: always a sign. */
  public static final int PLUS = Conversions.PLUS;
  /** The space flag: a space before positive numbers. */
  public static final int SPACE = Conversions.SPACE;
  /** The {@code #} flag: the alternate form. */
  public static final int ALT = Conversions.ALT;
  /** The {@code 0} flag: zero padding. */
  public static final int ZERO = Conversions.ZERO;

  private FormatSupport() {}

  /**
   * Starts reading the JVM's default time zone on another thread, once per JVM: a generated
   * pipeline whose formats render {@code asctime} calls this first, so that the read (the
   * time-zone database takes milliseconds) overlaps with building its handlers rather than
   * delaying the first record.
   */
  public static void prefetchDefaultZone() {
    Zones.prefetchDefault();
  }

  /**
   * Appends {@code value} converted as {@code %<flags><width>.<precision><conversion>} ({@code -1}:
   * no width or precision), as Python's {@code %} operator does.
   */
  public static void convert(
      StringBuilder out, @Nullable Object value, int flags, int width, int precision, char conversion) {
    Conversions.convert(out, value, flags, width, precision, conversion);
  }

  /** {@link #convert} of an integer attribute, without boxing. */
  public static void convertLong(StringBuilder out, long value, int flags, int width, int precision, char conversion) {
    Conversions.convertLong(out, value, flags, width, precision, conversion);
  }

  /** {@link #convert} of a float attribute, without boxing. */
  public static void convertDouble(
      StringBuilder out, double value, int flags, int width, int precision, char conversion) {
    Conversions.convertDouble(out, value, flags, width, precision, conversion);
  }

  /** Appends Python's {@code str(value)}: {@code None} for null, floats as Python prints them. */
  public static void appendStr(StringBuilder out, @Nullable Object value) {
    PyRepr.appendStr(out, value);
  }

  /**
   * Returns {@code value} after a {@code str.format} conversion: {@code 'r'} is {@code repr()},
   * {@code 'a'} is {@code ascii()}, {@code 's'} is {@code str()}.
   */
  public static String converted(@Nullable Object value, char conversion) {
    switch (conversion) {
      case 'r':
        return PyRepr.repr(value);
      case 'a': {
        StringBuilder sb = new StringBuilder();
        PyRepr.appendAscii(sb, value);
        return sb.toString();
      }
      case 's':
        return PyRepr.str(value);
      default:
        throw new IllegalArgumentException("conversion is not r, s or a: " + conversion);
    }
  }

  /** Appends Python's {@code str()} of a float. */
  public static void appendFloat(StringBuilder out, double value) {
    PyFloat.appendRepr(out, value);
  }

  /**
   * Appends {@code %d} of {@code value} ({@code int()} of it, truncated toward zero) in at least
   * {@code width} characters: padded on the left with spaces, or with zeros after the sign when
   * {@code zeroPad}, or on the right when {@code leftAlign}.
   */
  public static void appendInt(
      StringBuilder out, long value, int width, boolean leftAlign, boolean zeroPad) {
    int start = out.length();
    out.append(value);
    int missing = width - (out.length() - start);
    if (missing <= 0) {
      return;
    }
    if (leftAlign) {
      pad(out, out.length(), missing, ' ');
    } else if (zeroPad) {
      pad(out, value < 0 ? start + 1 : start, missing, '0');
    } else {
      pad(out, start, missing, ' ');
    }
  }

  /**
   * Pads the text appended since {@code start} to {@code width} characters, counted as Python
   * counts them (code points): spaces on the left, or on the right when {@code leftAlign}.
   */
  public static void padFrom(StringBuilder out, int start, int width, boolean leftAlign) {
    int missing = width - out.codePointCount(start, out.length());
    if (missing > 0) {
      pad(out, leftAlign ? out.length() : start, missing, ' ');
    }
  }

  private static void pad(StringBuilder out, int at, int count, char c) {
    for (int i = 0; i < count; i++) {
      out.insert(at, c);
    }
  }

  /**
   * Appends what {@link Formatter#format(LogRecord, StringBuilder)} puts after the text it
   * formatted from {@code start} on: the exception text (computed once and cached in {@code
   * exc_text}) and the stack text, each on a new line, as Python's {@code format} does.
   */
  public static void appendTail(Formatter formatter, LogRecord record, StringBuilder out, int start) {
    Throwable exc = record.getExcInfo();
    if (exc != null && isEmpty(record.getExcText())) {
      record.setExcText(formatter.formatException(exc));
    }
    String excText = record.getExcText();
    if (!isEmpty(excText)) {
      newLine(out, start);
      out.append(excText);
    }
    String stack = record.getStackInfo();
    if (!isEmpty(stack)) {
      newLine(out, start);
      out.append(formatter.formatStack(stack));
    }
  }

  private static boolean isEmpty(@Nullable String s) {
    return s == null || s.isEmpty();
  }

  /** Python's {@code if s[-1:] != "\n": s = s + "\n"}: an empty text gets one too. */
  private static void newLine(StringBuilder out, int start) {
    if (out.length() == start || out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }
}
