package dev.logwright.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Python's {@code str()}, {@code repr()} and {@code ascii()} of Java values, with the type
 * mapping of {@link PyTypes}: {@code null} is {@code None}, booleans are {@code True}/{@code
 * False}, {@code Float}/{@code Double}/{@code BigDecimal} print as Python floats, strings'
 * {@code repr} is quoted and escaped as Python quotes them, maps as dicts, collections and arrays
 * as lists, {@link PyTuple} as a tuple. Other objects print their {@code toString()}.
 */
public final class PyRepr {
  private PyRepr() {}

  /** Returns Python's {@code str(value)}. */
  public static String str(@Nullable Object value) {
    if (value instanceof String) {
      return (String) value;
    }
    StringBuilder sb = new StringBuilder();
    appendStr(sb, value);
    return sb.toString();
  }

  /** Returns Python's {@code repr(value)}. */
  public static String repr(@Nullable Object value) {
    StringBuilder sb = new StringBuilder();
    appendRepr(sb, value);
    return sb.toString();
  }

  /** Appends Python's {@code str(value)}. */
  public static void appendStr(StringBuilder out, @Nullable Object value) {
    if (value instanceof String) {
      out.append((String) value);
    } else if (value instanceof CharSequence) {
      out.append((CharSequence) value);
    } else if (value instanceof Character) {
      out.append(((Character) value).charValue());
    } else {
      appendRepr(out, value, false);
    }
  }

  /** Appends Python's {@code repr(value)}. */
  public static void appendRepr(StringBuilder out, @Nullable Object value) {
    appendRepr(out, value, false);
  }

  /** Appends Python's {@code ascii(value)}: the repr with every non-ASCII character escaped. */
  public static void appendAscii(StringBuilder out, @Nullable Object value) {
    appendRepr(out, value, true);
  }

  private static void appendRepr(StringBuilder out, @Nullable Object value, boolean ascii) {
    if (value == null) {
      out.append("None");
    } else if (value instanceof Boolean) {
      out.append((Boolean) value ? "True" : "False");
    } else if (value instanceof CharSequence || value instanceof Character) {
      appendStringRepr(out, value.toString(), ascii);
    } else if (value instanceof Double || value instanceof Float) {
      PyFloat.appendRepr(out, ((Number) value).doubleValue());
    } else if (value instanceof BigDecimal) {
      PyFloat.appendRepr(out, ((BigDecimal) value).doubleValue());
    } else if (value instanceof Map) {
      appendDict(out, (Map<?, ?>) value, ascii);
    } else if (value instanceof Collection) {
      appendItems(out, '[', ((Collection<?>) value).iterator(), ']', ascii);
    } else if (value instanceof Object[]) {
      appendItems(out, '[', Arrays.asList((Object[]) value).iterator(), ']', ascii);
    } else if (value instanceof PyTuple) {
      appendTuple(out, ((PyTuple) value).items(), ascii);
    } else if (ascii) {
      appendAsciiEscaped(out, value.toString());
    } else {
      out.append(value);
    }
  }

  /** Appends {@code values} as Python prints a tuple: {@code (1, 'a')}, {@code (1,)}, {@code ()}. */
  public static void appendTuple(StringBuilder out, Object[] values) {
    appendTuple(out, values, false);
  }

  private static void appendTuple(StringBuilder out, Object[] values, boolean ascii) {
    appendItems(out, '(', Arrays.asList(values).iterator(), values.length == 1 ? ",)" : ")", ascii);
  }

  private static void appendItems(
      StringBuilder out, char open, Iterator<?> items, Object close, boolean ascii) {
    out.append(open);
    boolean first = true;
    while (items.hasNext()) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      appendRepr(out, items.next(), ascii);
    }
    out.append(close);
  }

  private static void appendDict(StringBuilder out, Map<?, ?> map, boolean ascii) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      appendRepr(out, e.getKey(), ascii);
      out.append(": ");
      appendRepr(out, e.getValue(), ascii);
    }
    out.append('}');
  }

  /** Appends a string the way Python's {@code repr} quotes it. */
  public static void appendStringRepr(StringBuilder out, String s) {
    appendStringRepr(out, s, false);
  }

  /**
   * Appends {@code s} quoted as Python's {@code repr} (or, with {@code ascii}, {@code ascii()})
   * does: single quotes unless the text holds a single quote and no double quote; backslash
   * escapes for the quote, backslash, tab, line feed, carriage return and every character
   * Python does not consider printable.
   */
  public static void appendStringRepr(StringBuilder out, String s, boolean ascii) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    out.append(quote);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == quote || c == '\\') {
        out.append('\\').append((char) c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && (ascii || !isPrintable(c)))) {
        appendEscape(out, c);
      } else {
        out.appendCodePoint(c);
      }
    }
    out.append(quote);
  }

  private static void appendAsciiEscaped(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80) {
        out.append((char) c);
      } else {
        appendEscape(out, c);
      }
    }
  }

  private static void appendEscape(StringBuilder out, int c) {
    int digits;
    if (c < 0x100) {
      out.append("\\x");
      digits = 2;
    } else if (c < 0x10000) {
      out.append("\\u");
      digits = 4;
    } else {
      out.append("\\U");
      digits = 8;
    }
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      out.append(Character.forDigit((c >> shift) & 15, 16));
    }
  }

  /** Python's {@code str.isprintable} for one code point: not a control, format, separator… */
  static boolean isPrintable(int c) {
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return false;
      case Character.SPACE_SEPARATOR:
        return c == ' ';
      default:
        return true;
    }
  }
}
