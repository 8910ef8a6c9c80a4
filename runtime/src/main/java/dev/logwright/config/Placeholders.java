package dev.logwright.config;

import org.jspecify.annotations.Nullable;

/**
 * Resolves {@code ${NAME}} and {@code ${NAME:-default}} in configuration strings at start-up:
 * the system property {@code NAME} first, then the environment variable {@code NAME}, then the
 * default. The processor has already checked the syntax at compile time.
 */
public final class Placeholders {
  private Placeholders() {}

  /**
   * Returns {@code text} with every placeholder replaced.
   *
   * @throws IllegalStateException naming the placeholder when it has no value and no default
   * @throws IllegalArgumentException when a placeholder is not closed
   */
  public static String resolve(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("${", i);
      if (start < 0) {
        out.append(text, i, text.length());
        break;
      }
      int end = text.indexOf('}', start + 2);
      if (end < 0) {
        throw new IllegalArgumentException("unclosed placeholder in '" + text + "' at " + start);
      }
      out.append(text, i, start);
      out.append(valueOf(text.substring(start + 2, end)));
      i = end + 1;
    }
    return out.toString();
  }

  private static String valueOf(String body) {
    int sep = body.indexOf(":-");
    String name = sep < 0 ? body : body.substring(0, sep);
    String value = lookup(name);
    if (value != null) {
      return value;
    }
    if (sep >= 0) {
      return body.substring(sep + 2);
    }
    throw new IllegalStateException(
        "placeholder ${" + name + "} has no value: set the system property -D" + name
            + "=… or the environment variable " + name + ", or give a default: ${" + name
            + ":-value}");
  }

  private static @Nullable String lookup(String name) {
    String value = System.getProperty(name);
    return value != null ? value : System.getenv(name);
  }
}
