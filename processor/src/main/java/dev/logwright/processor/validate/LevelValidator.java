package dev.logwright.processor.validate;

import dev.logwright.processor.diag.Problem;
import dev.logwright.processor.model.Origin;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Checks a level written as a name or a number, as Python's {@code _checkLevel} accepts it. */
public final class LevelValidator {
  /** Python's predefined level names. */
  public static final Map<String, Integer> NAMES = Map.of(
      "CRITICAL", 50, "FATAL", 50, "ERROR", 40, "WARNING", 30, "WARN", 30,
      "INFO", 20, "DEBUG", 10, "NOTSET", 0);

  private LevelValidator() {}

  /**
   * Returns the level {@code text} names, or empty after reporting it. {@code ""} is empty
   * without a report when {@code optional}.
   */
  public static OptionalInt parse(String text, boolean optional, Origin origin, ValidationContext ctx) {
    if (text.isEmpty() && optional) {
      return OptionalInt.empty();
    }
    Integer named = NAMES.get(text);
    if (named != null) {
      return OptionalInt.of(named);
    }
    if (!text.isEmpty() && text.length() < 10 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalInt.of(Integer.parseInt(text));
    }
    String upper = text.toUpperCase(Locale.ROOT);
    String hint = NAMES.containsKey(upper) ? "; did you mean '" + upper + "'?" : "";
    ctx.report(Problem.UNKNOWN_LEVEL, origin, text, hint);
    return OptionalInt.empty();
  }
}
