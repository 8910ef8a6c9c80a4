package dev.logwright.processor.typed;

/** The rule for a typed logger's name: dotted segments, none empty, no whitespace or controls. */
final class LoggerNames {
  private LoggerNames() {}

  /** Returns what is wrong with {@code name}, or {@code null} when it is a valid logger name. */
  static String problem(String name) {
    if (name.isEmpty()) {
      return "it is empty (that is the root logger, which a typed logger does not log to)";
    }
    if (name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
      return "it has an empty segment";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        return "it contains whitespace or a control character at index " + i;
      }
    }
    return null;
  }
}
