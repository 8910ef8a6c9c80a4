package dev.logwright.processor.validate;

import dev.logwright.processor.model.FormatModel.Field;
import dev.logwright.processor.model.FormatModel.Literal;
import dev.logwright.processor.model.FormatModel.Part;
import dev.logwright.processor.model.FormatModel.SpecField;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the <code>'{'</code> style ({@code str.format}): {@code {{} and {@code }}} are braces,
 * {@code {name}}, {@code {name!s}} and {@code {name:spec}} are fields. Errors carry Python's
 * message ("Single '}' encountered in format string").
 */
final class BraceFormatParser {
  /** Python's format-spec mini-language, without nested fields. */
  private static final Pattern SPEC = Pattern.compile(
      "(.?[<>=^])?[-+ ]?#?0?[0-9]*[,_]?(\\.[0-9]+)?[bcdeEfFgGnosxX%]?", Pattern.DOTALL);

  private BraceFormatParser() {}

  /** A parse error with Python's message. */
  static final class FormatError extends Exception {
    private static final long serialVersionUID = 1L;

    FormatError(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Appends the parts of {@code f} to {@code parts}; field checks (attribute, spec type) are
   * reported through {@code fields}. Throws for text that does not parse.
   */
  static void parse(String f, List<Part> parts, FieldChecker fields) throws FormatError {
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < f.length()) {
      char c = f.charAt(i);
      if (c == '}') {
        if (i + 1 >= f.length() || f.charAt(i + 1) != '}') {
          throw new FormatError("Single '}' encountered in format string");
        }
        literal.append('}');
        i += 2;
      } else if (c != '{') {
        literal.append(c);
        i++;
      } else if (i + 1 < f.length() && f.charAt(i + 1) == '{') {
        literal.append('{');
        i += 2;
      } else {
        int close = f.indexOf('}', i);
        if (close < 0) {
          throw new FormatError(i + 1 >= f.length() ? "Single '{' encountered in format string"
              : "expected '}' before end of string");
        }
        String body = f.substring(i + 1, close);
        if (body.indexOf('{') >= 0) {
          throw new FormatError("nested fields such as '{" + body + "}' are not compiled; write the spec out");
        }
        if (literal.length() > 0) {
          parts.add(new Literal(literal.toString()));
          literal.setLength(0);
        }
        Part part = field(body, fields);
        if (part != null) {
          parts.add(part);
        }
        i = close + 1;
      }
    }
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
    }
  }

  /** Checks one field for the processor: the attribute and, with a spec, its type. */
  interface FieldChecker {
    /** Returns whether {@code name} is a record attribute, reporting it if not. */
    boolean attribute(String name, String field);

    /** Reports a field the processor cannot compile. */
    void unsupported(String field);

    /** Reports a spec whose type does not fit the attribute. */
    void wrongType(String field, String attribute);
  }

  private static Part field(String body, FieldChecker fields) throws FormatError {
    String field = "{" + body + "}";
    int colon = body.indexOf(':');
    String head = colon < 0 ? body : body.substring(0, colon);
    String spec = colon < 0 ? "" : body.substring(colon + 1);
    int bang = head.indexOf('!');
    String name = bang < 0 ? head : head.substring(0, bang);
    String conversion = bang < 0 ? "" : head.substring(bang + 1);
    if (bang >= 0 && conversion.length() != 1) {
      throw new FormatError(conversion.isEmpty() ? "end of string while looking for conversion specifier"
          : "expected ':' after conversion specifier");
    }
    if (!SPEC.matcher(spec).matches()) {
      throw new FormatError("bad specifier: '" + spec + "'");
    }
    if (name.isEmpty() || name.chars().allMatch(Character::isDigit)) {
      throw new FormatError("field " + field + " names no record attribute; write {name}, {levelname}, …");
    }
    if (!conversion.isEmpty() && "rsa".indexOf(conversion.charAt(0)) < 0) {
      throw new FormatError("invalid conversion: '" + conversion + "' (use !r, !s or !a)");
    }
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      fields.unsupported(field);
      return null;
    }
    if (!fields.attribute(name, field)) {
      return null;
    }
    if (!conversion.isEmpty() && !(conversion.equals("s") && spec.isEmpty())) {
      return convertedField(name, spec, conversion.charAt(0), field, fields);
    }
    return spec.isEmpty() ? Field.str(name) : specField(name, spec, field, fields);
  }

  /** {@code !r}, {@code !s} or {@code !a}: the attribute becomes text, then takes a text spec. */
  private static Part convertedField(String name, String spec, char conversion, String field, FieldChecker fields) {
    char code = spec.isEmpty() ? 0 : spec.charAt(spec.length() - 1);
    if ((Character.isLetter(code) && code != 's') || code == '%') {
      fields.wrongType(field, name + "!" + conversion);
      return null;
    }
    return new SpecField(name, spec, conversion);
  }

  private static Part specField(String name, String spec, String field, FieldChecker fields) {
    RecordAttributes.Type type = RecordAttributes.get(name).type();
    char code = spec.isEmpty() ? 0 : spec.charAt(spec.length() - 1);
    boolean text = type == RecordAttributes.Type.TEXT || type == RecordAttributes.Type.NULLABLE_TEXT;
    boolean number = type == RecordAttributes.Type.INTEGER || type == RecordAttributes.Type.FLOAT;
    if (Character.isLetter(code) || code == '%') {
      boolean fits = code == 's' ? text
          : "bcdoxXn".indexOf(code) >= 0 ? type == RecordAttributes.Type.INTEGER
          : number;
      if (!fits) {
        fields.wrongType(field, name);
        return null;
      }
    }
    if (type == RecordAttributes.Type.OBJECT) {
      fields.unsupported(field);
      return null;
    }
    return new SpecField(name, spec);
  }
}
