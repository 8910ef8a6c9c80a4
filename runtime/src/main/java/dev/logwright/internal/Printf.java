package dev.logwright.internal;

import java.util.Map;

/**
 * Python's printf-style {@code format % args}, appending into a caller's buffer.
 *
 * <p>Errors that Python raises as {@code TypeError} or {@code ValueError} ("not enough arguments
 * for format string", "not all arguments converted during string formatting", "%d format: a
 * real number is required, not str", "unsupported format character 'y' (0x79) at index 3")
 * are thrown as {@link IllegalArgumentException} with Python's message.
 */
public final class Printf {
  private Printf() {}

  /** Appends {@code format % args}; a single {@link Map} argument is Python's mapping form. */
  public static void format(StringBuilder out, String format, Object[] args) {
    Map<?, ?> mapping = args.length == 1 && args[0] instanceof Map ? (Map<?, ?>) args[0] : null;
    int argIndex = 0;
    int n = format.length();
    int i = 0;
    while (i < n) {
      char c = format.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      i++;
      if (i >= n) {
        throw new IllegalArgumentException("incomplete format");
      }
      Object value;
      if (format.charAt(i) == '(') {
        int close = format.indexOf(')', i);
        if (close < 0) {
          throw new IllegalArgumentException("incomplete format key");
        }
        if (mapping == null) {
          throw new IllegalArgumentException("format requires a mapping");
        }
        String key = format.substring(i + 1, close);
        if (!mapping.containsKey(key)) {
          throw new IllegalArgumentException("KeyError: " + PyRepr.repr(key));
        }
        value = mapping.get(key);
        i = close + 1;
      } else {
        value = null;
      }
      char type = format.charAt(i);
      if (type == '%') {
        out.append('%');
        i++;
        continue;
      }
      if (value == null && format.charAt(start + 1) != '(') {
        if (argIndex >= args.length || mapping != null) {
          throw new IllegalArgumentException("not enough arguments for format string");
        }
        value = args[argIndex++];
      }
      switch (type) {
        case 's':
          PyRepr.appendStr(out, value);
          break;
        case 'r':
        case 'a':
          PyRepr.appendRepr(out, value);
          break;
        case 'd':
        case 'i':
        case 'u':
          if (!(value instanceof Number)) {
            throw new IllegalArgumentException(
                "%" + type + " format: a real number is required, not " + PyTypes.name(value));
          }
          out.append(((Number) value).longValue());
          break;
        default:
          throw new IllegalArgumentException(
              "unsupported format character '" + type + "' (0x" + Integer.toHexString(type)
                  + ") at index " + i);
      }
      i++;
    }
    if (mapping == null && argIndex < args.length) {
      throw new IllegalArgumentException("not all arguments converted during string formatting");
    }
  }
}
