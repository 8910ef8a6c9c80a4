package dev.logwright.internal;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Python's {@code str()} and {@code repr()} of Java values: {@code null} is {@code None},
 * booleans are {@code True}/{@code False}, floating-point numbers print as Python prints
 * floats, strings' {@code repr} is quoted and escaped as Python quotes them, collections and
 * maps as lists and dicts, arrays as lists.
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
      appendRepr(out, value);
    }
  }

  /** Appends Python's {@code repr(value)}. */
  public static void appendRepr(StringBuilder out, @Nullable Object value) {
    if (value == null) {
      out.append("None");
    } else if (value instanceof Boolean) {
      out.append((Boolean) value ? "True" : "False");
    } else if (value instanceof CharSequence || value instanceof Character) {
      appendStringRepr(out, value.toString());
    } else if (value instanceof Double || value instanceof Float) {
      PyFloat.appendRepr(out, ((Number) value).doubleValue());
    } else if (value instanceof Map) {
      appendDict(out, (Map<?, ?>) value);
    } else if (value instanceof Collection) {
      appendList(out, ((Collection<?>) value).iterator());
    } else if (value instanceof Object[]) {
      appendList(out, java.util.Arrays.asList((Object[]) value).iterator());
    } else {
      out.append(value);
    }
  }

  /** Appends {@code values} as Python prints a tuple: {@code (1, 'a')}, {@code (1,)}, {@code ()}. */
  public static void appendTuple(StringBuilder out, Object[] values) {
    out.append('(');
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(", ");
      }
      appendRepr(out, values[i]);
    }
    if (values.length == 1) {
      out.append(',');
    }
    out.append(')');
  }

  private static void appendList(StringBuilder out, Iterator<?> items) {
    out.append('[');
    boolean first = true;
    while (items.hasNext()) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      appendRepr(out, items.next());
    }
    out.append(']');
  }

  private static void appendDict(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      appendRepr(out, e.getKey());
      out.append(": ");
      appendRepr(out, e.getValue());
    }
    out.append('}');
  }

  /** Appends a string the way Python's {@code repr} quotes it. */
  public static void appendStringRepr(StringBuilder out, String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    out.append(quote);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == quote || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || c == 0x7f) {
        out.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
      } else {
        out.append(c);
      }
    }
    out.append(quote);
  }
}
