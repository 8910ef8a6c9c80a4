package dev.logwright;

import dev.logwright.internal.PyException;
import dev.logwright.internal.PyRepr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code '$'} style, CPython's {@code StringTemplateStyle}: {@code
 * string.Template(fmt).substitute(record.__dict__)} with {@code $name}, {@code ${name}} and
 * {@code $$}; names are ASCII identifiers. Values print as {@code str(value)}.
 */
final class TemplateStyle extends FormatStyle {
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "\\$(?:(\\$)|([_a-z][_a-z0-9]*)|\\{([_a-z][_a-z0-9]*)\\}|())", Pattern.CASE_INSENSITIVE);

  static FormatStyle of(String fmt, Map<String, Object> defaults) {
    return new TemplateStyle(fmt, defaults);
  }

  TemplateStyle(String fmt, Map<String, Object> defaults) {
    super(fmt, defaults);
  }

  @Override
  void validate() {
    boolean any = false;
    Matcher m = PLACEHOLDER.matcher(fmt);
    while (m.find()) {
      if (m.group(2) != null || m.group(3) != null) {
        any = true;
      } else if (m.group(4) != null) {
        throw PyException.valueError("invalid format: bare '$' not allowed");
      }
    }
    if (!any) {
      throw PyException.valueError("invalid format: no fields");
    }
  }

  @Override
  Part[] compile() {
    List<Part> parts = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(fmt);
    StringBuilder literal = new StringBuilder();
    int last = 0;
    while (m.find()) {
      literal.append(fmt, last, m.start());
      last = m.end();
      if (m.group(1) != null) {
        literal.append('$');
        continue;
      }
      if (m.group(4) != null) {
        // Python reports a bad placeholder when substituting, not when compiling
        throw PyException.valueError(invalidPlaceholder(fmt, m.start()));
      }
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
      FieldRef ref = new FieldRef(m.group(2) != null ? m.group(2) : m.group(3));
      uses(ref);
      parts.add(new Field(ref));
    }
    literal.append(fmt, last, fmt.length());
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
    }
    return parts.toArray(new Part[0]);
  }

  /**
   * Python's message, {@code Invalid placeholder in string: line 1, col 5}, with its arithmetic:
   * the lines are {@code text[:index].splitlines(keepends=True)} and the column is the index
   * minus the length of all lines but the last.
   */
  private static String invalidPlaceholder(String text, int index) {
    if (index == 0) {
      return "Invalid placeholder in string: line 1, col 1";
    }
    int lines = 0;
    int lastStart = 0;
    int segmentStart = 0;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < index && text.charAt(i + 1) == '\n') {
        continue;
      }
      if ("\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(c) >= 0) {
        lines++;
        lastStart = segmentStart;
        segmentStart = i + 1;
      }
    }
    if (segmentStart < index) {
      lines++;
      lastStart = segmentStart;
    }
    return "Invalid placeholder in string: line " + lines + ", col " + (index - lastStart);
  }

  /** One placeholder: {@code str(value)}. */
  private final class Field implements Part {
    private final FieldRef ref;

    Field(FieldRef ref) {
      this.ref = ref;
    }

    @Override
    public void append(LogRecord record, Formatter formatter, StringBuilder out, boolean direct) {
      if (direct && ref.isMessage()) {
        record.appendMessage(out);
      } else if (direct && ref.isAsctime()) {
        formatter.appendAsctime(record, out);
      } else if (ref.kind == FieldRef.LONG) {
        out.append(ref.longValue(record));
      } else if (ref.kind == FieldRef.STRING) {
        PyRepr.appendStr(out, ref.stringValue(record));
      } else {
        PyRepr.appendStr(out, ref.value(record, defaults));
      }
    }
  }
}
