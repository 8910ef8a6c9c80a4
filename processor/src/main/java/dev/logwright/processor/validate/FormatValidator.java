package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.FormatModel;
import dev.logwright.processor.model.FormatModel.Field;
import dev.logwright.processor.model.FormatModel.Literal;
import dev.logwright.processor.model.FormatModel.Part;
import dev.logwright.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a {@code @LogFormat} at compile time into {@link FormatModel} parts, reporting every
 * key that is not a record attribute and every conversion that does not parse.
 *
 * <p>The {@code '%'} style follows Python's {@code %}-formatting: {@code %(key)} then flags,
 * width, precision and a conversion character; {@code %%} is a literal percent sign.
 */
public final class FormatValidator {
  private static final String CONVERSIONS = "diouxXeEfFgGcrsa";
  private static final String FLAGS = "#0- +";
  /** Flags, a width and a precision of at most four digits each. */
  private static final Pattern FLAGS_WIDTH_PRECISION = Pattern.compile("([-0+ #]*)([0-9]{0,4})(\\.[0-9]{0,4})?");
  private static final Pattern TEMPLATE = Pattern.compile(
      "\\$(?:(\\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\\{([_a-zA-Z][_a-zA-Z0-9]*)\\}|())");

  private FormatValidator() {}

  /** Validates {@code @LogFormat} {@code attrs}; empty after reporting what is wrong. */
  public static Optional<FormatModel> validate(Attributes attrs, ValidationContext ctx) {
    String format = attrs.string("value");
    String style = attrs.string("style");
    Origin origin = attrs.origin("value");
    List<Part> parts = new ArrayList<>();
    boolean ok;
    switch (style) {
      case "%" -> ok = parsePercent(format, parts, origin, ctx);
      case "$" -> ok = parseTemplate(format, parts, origin, ctx);
      case "{" -> ok = parseBrace(format, parts, origin, ctx);
      default -> {
        ctx.report(Problem.UNKNOWN_STYLE, attrs.origin("style"), style);
        return Optional.empty();
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    if (parts.stream().allMatch(p -> p instanceof Literal)) {
      String example = style.equals("%") ? "%(message)s" : style.equals("$") ? "${message}" : "{message}";
      ctx.report(Problem.NO_FIELDS, origin, format, example);
      return Optional.empty();
    }
    return Optional.of(new FormatModel(format, attrs.string("datefmt"), style.charAt(0), List.copyOf(parts)));
  }

  /** The {@code '$'} style, {@code string.Template}: {@code $name}, {@code ${name}}, {@code $$}. */
  private static boolean parseTemplate(String f, List<Part> parts, Origin origin, ValidationContext ctx) {
    Matcher m = TEMPLATE.matcher(f);
    StringBuilder literal = new StringBuilder();
    boolean ok = true;
    int last = 0;
    while (m.find()) {
      literal.append(f, last, m.start());
      last = m.end();
      if (m.group(1) != null) {
        literal.append('$');
        continue;
      }
      if (m.group(4) != null) {
        ctx.report(Problem.BAD_FORMAT, origin, f, "$", "bare '$' at index " + m.start()
            + " is not a placeholder; write $$ for a dollar sign, or $name / ${name}");
        return false;
      }
      flush(literal, parts);
      String key = m.group(2) != null ? m.group(2) : m.group(3);
      if (RecordAttributes.get(key) == null) {
        ctx.report(Problem.UNKNOWN_FORMAT_KEY, origin, key, RecordAttributes.names(), RecordAttributes.hint(key));
        ok = false;
      } else {
        parts.add(Field.str(key));
      }
    }
    literal.append(f, last, f.length());
    flush(literal, parts);
    return ok;
  }

  /** The <code>'{'</code> style, {@code str.format}. */
  private static boolean parseBrace(String f, List<Part> parts, Origin origin, ValidationContext ctx) {
    boolean[] ok = {true};
    BraceFormatParser.FieldChecker checker = new BraceFormatParser.FieldChecker() {
      @Override
      public boolean attribute(String name, String field) {
        if (RecordAttributes.get(name) != null) {
          return true;
        }
        ctx.report(Problem.UNKNOWN_FORMAT_KEY, origin, name, RecordAttributes.names(), RecordAttributes.hint(name));
        return ok[0] = false;
      }

      @Override
      public void unsupported(String field) {
        ctx.report(Problem.UNSUPPORTED_CONVERSION, origin, field);
        ok[0] = false;
      }

      @Override
      public void wrongType(String field, String attribute) {
        ctx.report(Problem.SPEC_TYPE, origin, field, attribute);
        ok[0] = false;
      }
    };
    try {
      BraceFormatParser.parse(f, parts, checker);
    } catch (BraceFormatParser.FormatError e) {
      ctx.report(Problem.BAD_FORMAT, origin, f, "{", e.getMessage());
      return false;
    }
    return ok[0];
  }

  private static boolean parsePercent(String f, List<Part> parts, Origin origin, ValidationContext ctx) {
    StringBuilder literal = new StringBuilder();
    boolean ok = true;
    int i = 0;
    while (i < f.length()) {
      char c = f.charAt(i);
      if (c != '%') {
        literal.append(c);
        i++;
      } else if (i + 1 < f.length() && f.charAt(i + 1) == '%') {
        literal.append('%');
        i += 2;
      } else {
        flush(literal, parts);
        int end = conversionEnd(f, i);
        if (end < 0) {
          ctx.report(Problem.BAD_FORMAT, origin, f, "%", describeError(f, i));
          return false;
        }
        Field field = field(f.substring(i, end), origin, ctx);
        ok &= field != null;
        if (field != null) {
          parts.add(field);
        }
        i = end;
      }
    }
    flush(literal, parts);
    return ok;
  }

  private static void flush(StringBuilder literal, List<Part> parts) {
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
      literal.setLength(0);
    }
  }

  /** Returns the index after the conversion starting at {@code start}, or -1 if it is malformed. */
  private static int conversionEnd(String f, int start) {
    int i = start + 1;
    if (i >= f.length() || f.charAt(i) != '(') {
      return -1;
    }
    int close = f.indexOf(')', i);
    if (close < 0) {
      return -1;
    }
    i = close + 1;
    while (i < f.length() && FLAGS.indexOf(f.charAt(i)) >= 0) {
      i++;
    }
    while (i < f.length() && Character.isDigit(f.charAt(i))) {
      i++;
    }
    if (i < f.length() && f.charAt(i) == '.') {
      i++;
      while (i < f.length() && Character.isDigit(f.charAt(i))) {
        i++;
      }
    }
    return i < f.length() && CONVERSIONS.indexOf(f.charAt(i)) >= 0 ? i + 1 : -1;
  }

  private static String describeError(String f, int start) {
    if (start + 1 >= f.length()) {
      return "a lone '%' ends the format; write '%%' for a percent sign";
    }
    if (f.charAt(start + 1) != '(') {
      return "'%' at index " + start + " names no attribute; write %(attribute)s, or '%%' for a percent sign";
    }
    if (f.indexOf(')', start) < 0) {
      return "'%(' at index " + start + " is not closed by ')'";
    }
    return "the conversion at index " + start + " has no valid type character (one of " + CONVERSIONS + ")";
  }

  private static Field field(String spec, Origin origin, ValidationContext ctx) {
    int close = spec.indexOf(')');
    String key = spec.substring(2, close);
    RecordAttributes.Attribute attr = RecordAttributes.get(key);
    if (attr == null) {
      ctx.report(Problem.UNKNOWN_FORMAT_KEY, origin, key, RecordAttributes.names(), RecordAttributes.hint(key));
      return null;
    }
    String rest = spec.substring(close + 1);
    char conversion = rest.charAt(rest.length() - 1);
    Matcher m = FLAGS_WIDTH_PRECISION.matcher(rest.substring(0, rest.length() - 1));
    if ("iu".indexOf(conversion) >= 0) {
      conversion = 'd';
    }
    boolean integer = attr.type() == RecordAttributes.Type.INTEGER;
    boolean number = integer || attr.type() == RecordAttributes.Type.FLOAT;
    if (("xXoc".indexOf(conversion) >= 0 && !integer) || ("deEfFgG".indexOf(conversion) >= 0 && !number)) {
      ctx.report(Problem.CONVERSION_TYPE, origin, spec, key, conversion, "xXoc".indexOf(conversion) >= 0 ? "an integer" : "a number");
      return null;
    }
    if (!m.matches()) {
      ctx.report(Problem.UNSUPPORTED_CONVERSION, origin, spec);
      return null;
    }
    int width = m.group(2).isEmpty() ? -1 : Integer.parseInt(m.group(2));
    int precision = m.group(3) == null ? -1 : m.group(3).length() == 1 ? 0 : Integer.parseInt(m.group(3).substring(1));
    return new Field(key, conversion, m.group(1), width, precision);
  }
}
