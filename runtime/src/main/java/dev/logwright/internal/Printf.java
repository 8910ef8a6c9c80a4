package dev.logwright.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Python's printf-style {@code format % args}, appending into a caller's buffer.
 *
 * <p>Conversions {@code s r a c d i u x X o e E f F g G} and {@code %%}; flags {@code #0- +};
 * width and precision, either as digits or {@code *} (taken from the arguments); an ignored
 * length modifier {@code h l L}; {@code %(key)s} with a mapping. Value types follow {@link
 * PyTypes}. The common case of plain {@code %s}/{@code %d} over an argument array appends
 * without allocating.
 *
 * <p>Errors that Python raises ("not enough arguments for format string", "not all arguments
 * converted during string formatting", "%d format: a real number is required, not str",
 * "unsupported format character 'y' (0x79) at index 3", "incomplete format", "format requires a
 * mapping", a {@code KeyError}) are thrown as {@link PyException}s with Python's message. On an
 * error the buffer holds whatever was appended before it.
 *
 * <p>Arguments come either as boxed values in an array or from an {@link ArgumentSource} that
 * appends primitives itself; the latter formats through a {@link Run} that its caller keeps and
 * reuses, so that nothing is allocated.
 */
public final class Printf {
  private Printf() {}

  /**
   * Appends {@code format % args} as a log record formats its message: a single non-empty {@link
   * Map} argument is the mapping operand (Python's {@code msg % {'a': 1}}), anything else is the
   * tuple of arguments.
   */
  public static void format(StringBuilder out, String format, Object[] args) {
    if (args.length == 1 && args[0] instanceof Map && !((Map<?, ?>) args[0]).isEmpty()) {
      formatMapping(out, format, (Map<?, ?>) args[0]);
      return;
    }
    int n = format.length();
    int argIndex = 0;
    for (int i = 0; i < n; i++) {
      int percent = format.indexOf('%', i);
      if (percent < 0) {
        out.append(format, i, n); // the literal rest, in one copy
        break;
      }
      if (percent > i) {
        out.append(format, i, percent);
        i = percent;
      }
      char next = i + 1 < n ? format.charAt(i + 1) : 0;
      if (next == '%') {
        out.append('%');
        i++;
      } else if ((next == 's' || next == 'd') && argIndex < args.length && fastPath(args[argIndex], next)) {
        appendSimple(out, args[argIndex++], next);
        i++;
      } else {
        new Run().start(out, format, args, null, null).from(i, argIndex);
        return;
      }
    }
    if (argIndex < args.length) {
      throw PyException.typeError("not all arguments converted during string formatting");
    }
  }

  /** Appends {@code format % mapping}, Python's {@code str % dict}. */
  public static void formatMapping(StringBuilder out, String format, Map<?, ?> mapping) {
    new Run().start(out, format, null, null, mapping).from(0, -2);
  }

  /**
   * Returns a {@code *} width or precision given as {@code value}: a Python {@code int} that fits
   * a C {@code int}; anything else throws Python's {@code TypeError} or {@code OverflowError}.
   */
  public static int starValue(@Nullable Object value) {
    if (!PyTypes.isInt(value)) {
      throw PyException.typeError("* wants int");
    }
    if (!PyTypes.isSmallInt(value)) {
      throw PyException.overflowError("Python int too large to convert to C int");
    }
    return starValue(PyTypes.longValue(value));
  }

  /**
   * Returns a {@code *} width or precision given as the Python {@code int} {@code value}, or
   * throws Python's {@code OverflowError} when it does not fit a C {@code int}.
   */
  public static int starValue(long value) {
    if (Math.abs(value) > Integer.MAX_VALUE) {
      throw PyException.overflowError("Python int too large to convert to C int");
    }
    return (int) value;
  }

  // %s and %d of an int or long both give its decimal digits (str(n) == '%d' % n).
  private static boolean fastPath(@Nullable Object value, char conversion) {
    return value instanceof Integer || value instanceof Long
        || (conversion == 's' && value instanceof String);
  }

  private static void appendSimple(StringBuilder out, Object value, char conversion) {
    if (value instanceof String) {
      out.append((String) value);
    } else {
      out.append(((Number) value).longValue());
    }
  }

  /**
   * The state of one formatting operation past the fast path, as CPython's format context. A
   * caller formatting from an {@link ArgumentSource} keeps one and reuses it (one per thread: it
   * is not thread-safe, and a nested operation needs its own).
   */
  public static final class Run {
    private StringBuilder out;
    private String format;
    private @Nullable Map<?, ?> dict;
    private @Nullable Object operand;
    private Object @Nullable [] tuple;
    private @Nullable ArgumentSource source;
    private int argLength;
    private int argIndex;
    private int pos;

    /** Makes an idle operation, ready for {@link #format}. */
    public Run() {}

    /**
     * Appends {@code format % args} for positional arguments (a {@code %(key)} conversion fails
     * with "format requires a mapping", as for a tuple). Keeps no reference once it returns.
     */
    public void format(StringBuilder out, String format, ArgumentSource args) {
      try {
        start(out, format, null, args, null).from(0, 0);
      } finally {
        this.out = null;
        this.format = null;
        this.source = null;
      }
    }

    Run start(
        StringBuilder out, String format, Object @Nullable [] tuple,
        @Nullable ArgumentSource source, @Nullable Map<?, ?> dict) {
      this.out = out;
      this.format = format;
      this.tuple = tuple;
      this.source = source;
      this.dict = dict;
      this.operand = dict;
      this.argLength = tuple != null ? tuple.length : source != null ? source.count() : -1;
      return this;
    }

    void from(int start, int firstArg) {
      argIndex = firstArg;
      pos = start;
      int n = format.length();
      while (pos < n) {
        int percent = format.indexOf('%', pos);
        int end = percent < 0 ? n : percent;
        if (end > pos) {
          out.append(format, pos, end); // a literal run, in one copy
        }
        pos = end;
        if (percent >= 0) {
          pos++;
          conversion();
        }
      }
      if (argIndex < argLength && dict == null) {
        throw PyException.typeError("not all arguments converted during string formatting");
      }
    }

    /** Handles one conversion; {@code pos} is just past its {@code %}. */
    private void conversion() {
      if (pos < format.length() && format.charAt(pos) == '%') {
        out.append('%');
        pos++;
        return;
      }
      if (pos < format.length() && format.charAt(pos) == '(') {
        key();
      }
      int flags = flags();
      int width = -1;
      int precision = -1;
      if (peek() == '*') {
        pos++;
        width = starArgument();
        if (width < 0) {
          flags |= Conversions.MINUS;
          width = -width;
        }
      } else {
        width = digits();
      }
      if (peek() == '.') {
        pos++;
        if (peek() == '*') {
          pos++;
          precision = Math.max(0, starArgument());
        } else {
          precision = Math.max(0, digits());
        }
      }
      char type = peek();
      if (type == 'h' || type == 'l' || type == 'L') {
        pos++;
        type = peek();
      }
      if (pos >= format.length()) {
        throw PyException.valueError("incomplete format");
      }
      int typeIndex = pos;
      int codePoint = format.codePointAt(pos);
      pos += Character.charCount(codePoint);
      int arg = nextIndex(); // Python takes the argument before it checks the conversion
      if ("sracdiuxXoeEfFgG".indexOf(codePoint) < 0 || codePoint > 0x7f) {
        // Python counts the index in code points
        throw unsupported(codePoint, format.codePointCount(0, typeIndex));
      }
      if (source != null) {
        source.convert(arg, out, flags, width, precision, type);
      } else {
        Conversions.convert(out, valueAt(arg), flags, width, precision, type);
      }
    }

    /** Reads {@code (key)} with nested parentheses and makes its value the current operand. */
    private void key() {
      if (dict == null) {
        throw PyException.typeError("format requires a mapping");
      }
      int depth = 1;
      int keyStart = ++pos;
      int n = format.length();
      while (depth > 0 && pos < n) {
        char c = format.charAt(pos++);
        if (c == ')') {
          depth--;
        } else if (c == '(') {
          depth++;
        }
      }
      if (depth > 0) {
        throw PyException.valueError("incomplete format key");
      }
      String key = format.substring(keyStart, pos - 1);
      Object value = dict.get(key);
      if (value == null && !dict.containsKey(key)) {
        throw PyException.keyError(key);
      }
      operand = value;
      tuple = null;
      argLength = -1;
      argIndex = -2;
    }

    private int flags() {
      int flags = 0;
      while (pos < format.length()) {
        switch (format.charAt(pos)) {
          case '-': flags |= Conversions.MINUS; break;
          case '+': flags |= Conversions.PLUS; break;
          case ' ': flags |= Conversions.SPACE; break;
          case '#': flags |= Conversions.ALT; break;
          case '0': flags |= Conversions.ZERO; break;
          default: return flags;
        }
        pos++;
      }
      return flags;
    }

    /** Reads decimal digits; -1 when there are none. */
    private int digits() {
      long value = -1;
      while (pos < format.length() && format.charAt(pos) >= '0' && format.charAt(pos) <= '9') {
        value = Math.max(value, 0) * 10 + (format.charAt(pos++) - '0');
        if (value > Integer.MAX_VALUE) {
          throw PyException.valueError("width too big");
        }
      }
      return (int) value;
    }

    private int starArgument() {
      int arg = nextIndex();
      if (source != null) {
        return source.starValue(arg);
      }
      return starValue(valueAt(arg));
    }

    private char peek() {
      return pos < format.length() ? format.charAt(pos) : 0;
    }

    /** Takes the next argument's index; -2 means the mapping's operand. */
    private int nextIndex() {
      if (argIndex < argLength) {
        return argIndex++;
      }
      throw PyException.typeError("not enough arguments for format string");
    }

    private @Nullable Object valueAt(int i) {
      return argLength < 0 ? operand : tuple[i];
    }

    private static PyException unsupported(int c, int index) {
      char shown = c >= 31 && c <= 126 ? (char) c : '?';
      return PyException.valueError("unsupported format character '" + shown + "' (0x"
          + Integer.toHexString(c) + ") at index " + index);
    }
  }
}
