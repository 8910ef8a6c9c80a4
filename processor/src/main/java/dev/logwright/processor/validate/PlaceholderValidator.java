package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.Origin;
import dev.logwright.processor.model.Text;

/**
 * Checks the {@code ${NAME}} and {@code ${NAME:-default}} placeholders of a string: each one
 * closed, the name a Java-property-like identifier, nothing but {@code :-default} after it.
 */
public final class PlaceholderValidator {
  private PlaceholderValidator() {}

  /** Returns {@code raw} as a {@link Text}, or null after reporting a malformed placeholder. */
  public static Text check(String raw, Origin origin, ValidationContext ctx) {
    int i = 0;
    while ((i = raw.indexOf("${", i)) >= 0) {
      int end = raw.indexOf('}', i + 2);
      if (end < 0) {
        ctx.report(Problem.MALFORMED_PLACEHOLDER, origin, raw, i, "'${' is not closed by '}'");
        return null;
      }
      String error = bodyError(raw.substring(i + 2, end));
      if (error != null) {
        ctx.report(Problem.MALFORMED_PLACEHOLDER, origin, raw, i, error);
        return null;
      }
      i = end + 1;
    }
    return new Text(raw);
  }

  private static String bodyError(String body) {
    int n = 0;
    while (n < body.length() && isNameChar(body.charAt(n), n == 0)) {
      n++;
    }
    if (n == 0) {
      return "the name is missing or does not start with a letter or '_'";
    }
    if (n == body.length() || body.startsWith(":-", n)) {
      return null;
    }
    return "unexpected '" + body.substring(n) + "' after the name '" + body.substring(0, n) + "'";
  }

  private static boolean isNameChar(char c, boolean first) {
    boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    return first ? letter : letter || (c >= '0' && c <= '9') || c == '.';
  }

  /** Returns the name of the first placeholder of {@code raw}, or null when it has none. */
  public static String firstName(String raw) {
    int i = raw.indexOf("${");
    if (i < 0) {
      return null;
    }
    int end = raw.indexOf('}', i);
    String body = raw.substring(i + 2, end < 0 ? raw.length() : end);
    int sep = body.indexOf(":-");
    return sep < 0 ? body : body.substring(0, sep);
  }
}
