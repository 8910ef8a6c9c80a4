package dev.logwright.internal;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Java stack traces as text, in place of Python's tracebacks. */
public final class StackTraces {
  private StackTraces() {}

  /**
   * Returns {@code error}'s stack trace as {@link Throwable#printStackTrace()} prints it, without
   * the final line break (Python's {@code formatException} strips it too).
   */
  public static String format(Throwable error) {
    StringWriter out = new StringWriter(512);
    try (PrintWriter writer = new PrintWriter(out)) {
      error.printStackTrace(writer);
    }
    String text = out.toString();
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(0, end);
  }
}
