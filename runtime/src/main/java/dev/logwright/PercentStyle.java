package dev.logwright;

import dev.logwright.internal.Conversions;
import dev.logwright.internal.Padding;
import dev.logwright.internal.Printf;
import dev.logwright.internal.PyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code '%'} style, CPython's {@code PercentStyle}: {@code fmt % record.__dict__}. Each
 * {@code %(key)…} conversion compiles to a part that reads its field without boxing; a format
 * with anything else ({@code %s} without a key, {@code *}, a bad conversion) is formatted whole
 * by {@link Printf}, which gives Python's results and errors.
 */
final class PercentStyle extends FormatStyle {
  static FormatStyle of(String fmt, Map<String, Object> defaults) {
    return new PercentStyle(fmt, defaults);
  }

  PercentStyle(String fmt, Map<String, Object> defaults) {
    super(fmt, defaults);
  }

  @Override
  void validate() {
    if (!hasValidField(fmt)) {
      throw PyException.valueError("Invalid format '" + fmt + "' for '%' style");
    }
  }

  /**
   * Whether {@code fmt} contains what Python's validation pattern {@code
   * %\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]} (Unicode, ignoring case) finds.
   * Matched by hand: compiling the pattern costs milliseconds at start-up. None of the parts
   * can give characters back to the next one, so one greedy pass per {@code %(} decides.
   */
  static boolean hasValidField(String fmt) {
    int n = fmt.length();
    for (int start = fmt.indexOf("%("); start >= 0; start = fmt.indexOf("%(", start + 1)) {
      int i = start + 2;
      int nameStart = i;
      while (i < n && isWordChar(fmt.codePointAt(i))) {
        i += Character.charCount(fmt.codePointAt(i));
      }
      if (i == nameStart || i >= n || fmt.charAt(i) != ')') {
        continue;
      }
      i++;
      while (i < n && "#0+ -".indexOf(fmt.charAt(i)) >= 0) {
        i++;
      }
      i = skipStarOrDigits(fmt, i);
      if (i < n && fmt.charAt(i) == '.') {
        int afterDot = skipStarOrDigits(fmt, i + 1);
        if (afterDot == i + 1) {
          continue; // a '.' must be followed by '*' or digits, and is no conversion itself
        }
        i = afterDot;
      }
      if (i < n && isConversion(fmt.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int skipStarOrDigits(String fmt, int i) {
    int n = fmt.length();
    if (i < n && fmt.charAt(i) == '*') {
      return i + 1;
    }
    while (i < n && Character.isDigit(fmt.codePointAt(i))) {
      i += Character.charCount(fmt.codePointAt(i));
    }
    return i;
  }

  /**
   * {@code \w} with Unicode character classes: alphabetic, a mark, a digit, connector
   * punctuation or a join control.
   */
  private static boolean isWordChar(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    switch (Character.getType(c)) {
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.CONNECTOR_PUNCTUATION:
        return true;
      default:
        return Character.isAlphabetic(c) || Character.isDigit(c) || c == 0x200C || c == 0x200D;
    }
  }

  /**
   * One of {@code diouxefgcrsa%} ignoring case, Unicode case folding included: the dotted
   * capital I and dotless i match {@code i}, the long s matches {@code s}.
   */
  private static boolean isConversion(char c) {
    char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    return "diouxefgcrsa%".indexOf(lower) >= 0 || c == '\u0130' || c == '\u0131' || c == '\u017f';
  }

  @Override
  Part[] compile() {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int n = fmt.length();
    int i = 0;
    while (i < n) {
      char c = fmt.charAt(i);
      if (c != '%') {
        literal.append(c);
        i++;
      } else if (i + 1 < n && fmt.charAt(i + 1) == '%') {
        literal.append('%');
        i += 2;
      } else {
        Field field = parseField(fmt, i);
        if (field == null) {
          return new Part[] {new Whole()};
        }
        if (literal.length() > 0) {
          parts.add(new Literal(literal.toString()));
          literal.setLength(0);
        }
        uses(field.ref);
        parts.add(field);
        i = field.end;
      }
    }
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
    }
    return parts.toArray(new Part[0]);
  }

  /** Parses the conversion at {@code start}; {@code null} unless it is a simple keyed one. */
  private Field parseField(String f, int start) {
    int n = f.length();
    if (start + 1 >= n || f.charAt(start + 1) != '(') {
      return null;
    }
    int depth = 1;
    int i = start + 2;
    while (depth > 0 && i < n) {
      char c = f.charAt(i++);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    if (depth > 0) {
      return null;
    }
    String key = f.substring(start + 2, i - 1);
    int flags = 0;
    for (int bit; i < n && (bit = flag(f.charAt(i))) != 0; i++) {
      flags |= bit;
    }
    int width = -1;
    for (; i < n && f.charAt(i) >= '0' && f.charAt(i) <= '9' && width < 100_000; i++) {
      width = Math.max(width, 0) * 10 + (f.charAt(i) - '0');
    }
    int precision = -1;
    if (i < n && f.charAt(i) == '.') {
      precision = 0;
      for (i++; i < n && f.charAt(i) >= '0' && f.charAt(i) <= '9' && precision < 100_000; i++) {
        precision = precision * 10 + (f.charAt(i) - '0');
      }
    }
    if (i < n && (f.charAt(i) == 'h' || f.charAt(i) == 'l' || f.charAt(i) == 'L')) {
      i++;
    }
    if (i >= n || "sracdiuxXoeEfFgG".indexOf(f.charAt(i)) < 0) {
      return null;
    }
    return new Field(new FieldRef(key), flags, width, precision, f.charAt(i), i + 1);
  }

  private static int flag(char c) {
    switch (c) {
      case '-': return Conversions.MINUS;
      case '+': return Conversions.PLUS;
      case ' ': return Conversions.SPACE;
      case '#': return Conversions.ALT;
      case '0': return Conversions.ZERO;
      default: return 0;
    }
  }

  /** The whole format applied to the record's dictionary by {@link Printf}. */
  private final class Whole implements Part {
    @Override
    public void append(LogRecord record, Formatter formatter, StringBuilder out, boolean direct) {
      if (direct) {
        record.setMessageAttribute(record.getMessage());
        if (formatter.usesTime()) {
          record.setAsctime(formatter.formatTime(record, formatter.getDateFormat()));
        }
      }
      try {
        Printf.formatMapping(out, fmt, values(record));
      } catch (PyException e) {
        if (e.pythonType().equals("KeyError")) {
          throw PyException.valueError("Formatting field not found in record: " + e.pythonMessage());
        }
        throw e;
      }
    }
  }

  /** One {@code %(key)[flags][width][.precision]type} conversion. */
  private final class Field implements Part {
    final FieldRef ref;
    final int flags;
    final int width;
    final int precision;
    final char type;
    final int end;

    Field(FieldRef ref, int flags, int width, int precision, char type, int end) {
      this.ref = ref;
      this.flags = flags;
      this.width = width;
      this.precision = precision;
      this.type = type;
      this.end = end;
    }

    @Override
    public void append(LogRecord record, Formatter formatter, StringBuilder out, boolean direct) {
      if (direct && (ref.isMessage() || ref.isAsctime())) {
        appendDirect(record, formatter, out);
        return;
      }
      switch (ref.kind) {
        case FieldRef.LONG:
          Conversions.convertLong(out, ref.longValue(record), flags, width, precision, type);
          break;
        case FieldRef.DOUBLE:
          Conversions.convertDouble(out, ref.doubleValue(record), flags, width, precision, type);
          break;
        case FieldRef.STRING:
          Conversions.convert(out, ref.stringValue(record), flags, width, precision, type);
          break;
        default:
          Conversions.convert(out, ref.value(record, defaults), flags, width, precision, type);
      }
    }

    private void appendDirect(LogRecord record, Formatter formatter, StringBuilder out) {
      if (type != 's') {
        String text = ref.isMessage() ? record.getMessage() : formatter.formatTime(record, formatter.getDateFormat());
        Conversions.convert(out, text, flags, width, precision, type);
        return;
      }
      int start = out.length();
      if (ref.isMessage()) {
        record.appendMessage(out);
      } else {
        formatter.appendAsctime(record, out);
      }
      Padding.finishText(out, start, flags, width, precision);
    }
  }
}
