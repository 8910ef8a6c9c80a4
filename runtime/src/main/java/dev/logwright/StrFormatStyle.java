package dev.logwright;

import dev.logwright.internal.FormatSpec;
import dev.logwright.internal.PyException;
import dev.logwright.internal.PyFloat;
import dev.logwright.internal.PyRepr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The <code>'{'</code> style, CPython's {@code StrFormatStyle}: {@code fmt.format(**record.__dict__)}
 * with Python's replacement-field syntax (<code>{{</code>, <code>}}</code>, {@code !r !s !a},
 * the format-spec mini-language, nested fields inside a spec). Field names are record attributes,
 * {@code extra} keys or defaults; {@code [index]} reads into lists, tuples, dicts and strings;
 * {@code .attribute} fails as it would in Python, since Java objects have no Python attributes.
 */
final class StrFormatStyle extends FormatStyle {
  private static final Pattern FIELD_SPEC = Pattern.compile(
      "^(\\d+|\\w+)(\\.\\w+|\\[[^]]+\\])*$", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern FMT_SPEC = Pattern.compile(
      "^(.?[<>=^])?[+ -]?#?0?(\\d+|\\{\\w+\\})?[,_]?(\\.(\\d+|\\{\\w+\\}))?[bcdefgnosx%]?$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /** (field name, conversion, spec) of each top-level field, for {@link #validate}. */
  private final List<String[]> parsedFields = new ArrayList<>();
  private int autoNumber;

  static FormatStyle of(String fmt, Map<String, Object> defaults) {
    return new StrFormatStyle(fmt, defaults);
  }

  StrFormatStyle(String fmt, Map<String, Object> defaults) {
    super(fmt, defaults);
  }

  @Override
  void validate() {
    List<String[]> fields;
    try {
      fields = new ArrayList<>();
      parse(fmt, fields, 0);
      boolean any = false;
      for (String[] f : fields) {
        String name = f[0];
        if (!name.isEmpty()) {
          if (!FIELD_SPEC.matcher(name).find()) {
            throw PyException.valueError("invalid field name/expression: " + PyRepr.repr(name));
          }
          any = true;
        }
        if (f[1] != null && "rsa".indexOf(f[1].charAt(0)) < 0) {
          throw PyException.valueError("invalid conversion: " + PyRepr.repr(f[1]));
        }
        if (!f[2].isEmpty() && !FMT_SPEC.matcher(f[2]).find()) {
          throw PyException.valueError("bad specifier: " + PyRepr.repr(f[2]));
        }
      }
      if (!any) {
        throw PyException.valueError("no fields");
      }
    } catch (PyException e) {
      throw PyException.valueError("invalid format: " + e.getMessage());
    }
  }

  @Override
  Part[] compile() {
    return parse(fmt, parsedFields, 0);
  }

  /** Parses {@code text} into parts, adding each field's (name, conversion, spec) to {@code fields}. */
  private Part[] parse(String text, List<String[]> fields, int depth) {
    if (depth > 1) {
      throw PyException.valueError("Max string recursion exceeded");
    }
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean doubled = i + 1 < n && text.charAt(i + 1) == c;
      if ((c == '{' || c == '}') && doubled) {
        literal.append(c);
        i += 2;
      } else if (c == '}') {
        throw PyException.valueError("Single '}' encountered in format string");
      } else if (c == '{') {
        int end = fieldEnd(text, i);
        if (literal.length() > 0) {
          parts.add(new Literal(literal.toString()));
          literal.setLength(0);
        }
        parts.add(field(text.substring(i + 1, end), fields, depth));
        i = end + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
    }
    return parts.toArray(new Part[0]);
  }

  /** Returns the index of the brace closing the field that opens at {@code open}. */
  private static int fieldEnd(String text, int open) {
    if (open + 1 == text.length()) {
      throw PyException.valueError("Single '{' encountered in format string");
    }
    int depth = 1;
    for (int j = open + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '[' && depth == 1) {
        int close = text.indexOf(']', j);
        j = close < 0 ? j : close;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return j;
      }
    }
    throw PyException.valueError("expected '}' before end of string");
  }

  /** Compiles the inside of one replacement field: {@code name[!conversion][:spec]}. */
  private Part field(String inside, List<String[]> fields, int depth) {
    int i = 0;
    int n = inside.length();
    while (i < n && inside.charAt(i) != ':' && inside.charAt(i) != '!') {
      if (inside.charAt(i) == '{') {
        throw PyException.valueError("unexpected '{' in field name");
      }
      if (inside.charAt(i) == '[') {
        int close = inside.indexOf(']', i);
        i = close < 0 ? n : close;
      }
      i++;
    }
    String name = inside.substring(0, Math.min(i, n));
    String conversion = null;
    if (i < n && inside.charAt(i) == '!') {
      if (i + 1 >= n) {
        throw PyException.valueError("end of string while looking for conversion specifier");
      }
      conversion = inside.substring(i + 1, i + 2);
      i += 2;
      if (i < n && inside.charAt(i) != ':') {
        throw PyException.valueError("expected ':' after conversion specifier");
      }
    }
    String spec = i < n ? inside.substring(i + 1) : "";
    fields.add(new String[] {name, conversion, spec});
    Part[] specParts = spec.indexOf('{') >= 0 ? parse(spec, new ArrayList<String[]>(), depth + 1) : null;
    return new Field(name, conversion == null ? 0 : conversion.charAt(0), spec, specParts);
  }

  /** One replacement field. */
  private final class Field implements Part {
    private final @Nullable FieldRef ref;
    private final int positional;
    private final String[] accessors;
    private final char conversion;
    private final String spec;
    private final @Nullable FormatSpec parsedSpec;
    private final Part @Nullable [] specParts;

    Field(String name, char conversion, String spec, Part @Nullable [] specParts) {
      int split = firstSplit(name);
      String first = name.substring(0, split);
      boolean numeric = !first.isEmpty() && first.chars().allMatch(Character::isDigit);
      this.positional = first.isEmpty() ? autoNumber++ : numeric ? Integer.parseInt(first) : -1;
      this.ref = positional >= 0 ? null : new FieldRef(first);
      this.accessors = accessors(name.substring(split));
      this.conversion = conversion;
      this.spec = spec;
      this.specParts = specParts;
      this.parsedSpec = specParts == null ? tryParse(spec) : null;
      if (ref != null) {
        uses(ref);
      }
    }

    @Override
    public void append(LogRecord record, Formatter formatter, StringBuilder out, boolean direct) {
      if (ref == null) {
        throw PyException.indexError(
            "Replacement index " + positional + " out of range for positional args tuple");
      }
      FormatSpec s = resolveSpec(record, formatter, direct);
      if (accessors.length == 0 && conversion == 0 && appendTyped(record, formatter, out, direct, s)) {
        return;
      }
      Object value = !direct ? ref.value(record, defaults)
          : ref.isMessage() ? record.getMessage()
          : ref.isAsctime() ? formatter.formatTime(record, formatter.getDateFormat())
          : ref.value(record, defaults);
      for (String accessor : accessors) {
        value = Accessors.apply(value, accessor);
      }
      value = convert(value);
      if (s == null) {
        PyRepr.appendStr(out, value);
      } else {
        s.append(out, value);
      }
    }

    /** Appends fields whose type is known without boxing; false if it must go the general way. */
    private boolean appendTyped(
        LogRecord record, Formatter formatter, StringBuilder out, boolean direct, @Nullable FormatSpec s) {
      if (direct && (ref.isMessage() || ref.isAsctime())) {
        int start = out.length();
        if (ref.isMessage()) {
          record.appendMessage(out);
        } else {
          formatter.appendAsctime(record, out);
        }
        if (s != null) {
          s.finishString(out, start);
        }
        return true;
      }
      switch (ref.kind) {
        case FieldRef.LONG:
          if (s == null) {
            out.append(ref.longValue(record));
          } else {
            s.appendLong(out, ref.longValue(record));
          }
          return true;
        case FieldRef.DOUBLE:
          if (s == null) {
            PyFloat.appendRepr(out, ref.doubleValue(record));
          } else {
            s.appendFloat(out, ref.doubleValue(record));
          }
          return true;
        case FieldRef.STRING:
          String v = ref.stringValue(record);
          if (v == null) {
            return false;
          }
          if (s == null) {
            out.append(v);
          } else {
            s.appendString(out, v);
          }
          return true;
        default:
          return false;
      }
    }

    /** Returns the spec to apply, {@code null} for none; nested fields are formatted first. */
    private @Nullable FormatSpec resolveSpec(LogRecord record, Formatter formatter, boolean direct) {
      if (specParts == null) {
        if (parsedSpec == null && !spec.isEmpty()) {
          // unparseable: let Python's message name the value's type
          FormatSpec.parse(spec, dev.logwright.internal.PyTypes.name(ref.value(record, defaults)));
        }
        return parsedSpec;
      }
      StringBuilder text = new StringBuilder();
      for (Part p : specParts) {
        p.append(record, formatter, text, false);
      }
      return text.length() == 0 ? null : FormatSpec.parse(text.toString(), "str");
    }

    private @Nullable Object convert(@Nullable Object value) {
      switch (conversion) {
        case 0:
          return value;
        case 's':
          return PyRepr.str(value);
        case 'r':
          return PyRepr.repr(value);
        case 'a':
          StringBuilder sb = new StringBuilder();
          PyRepr.appendAscii(sb, value);
          return sb.toString();
        default:
          throw PyException.valueError("Unknown conversion specifier " + conversion);
      }
    }
  }

  private static @Nullable FormatSpec tryParse(String spec) {
    if (spec.isEmpty()) {
      return null;
    }
    try {
      return FormatSpec.parse(spec, "str");
    } catch (PyException e) {
      return null;
    }
  }

  private static int firstSplit(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) == '.' || name.charAt(i) == '[') {
        return i;
      }
    }
    return name.length();
  }

  /** Splits {@code .a[0][k]} into {@code ".a"}, {@code "[0"}, {@code "[k"}, with Python's errors. */
  private static String[] accessors(String rest) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < rest.length()) {
      char c = rest.charAt(i);
      int next;
      if (c == '.') {
        next = firstSplit(rest.substring(i + 1)) + i + 1;
        if (next == i + 1) {
          throw PyException.valueError("Empty attribute in format string");
        }
        out.add(rest.substring(i, next));
      } else if (c == '[') {
        int close = rest.indexOf(']', i);
        if (close < 0) {
          throw PyException.valueError("Missing ']' in format string");
        }
        out.add(rest.substring(i, close));
        next = close + 1;
        if (next < rest.length() && rest.charAt(next) != '.' && rest.charAt(next) != '[') {
          throw PyException.valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
      } else {
        throw PyException.valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
      i = next;
    }
    return out.toArray(new String[0]);
  }
}
