package dev.logwright;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Verifies that the hand-written check of '%'-style formats finds exactly what Python's
 * validation pattern finds, compared with the same pattern compiled by {@code java.util.regex}
 * over formats built from the characters that matter to it.
 */
class PercentStyleValidationTest {
  private static final Pattern PYTHON = Pattern.compile(
      "%\\(\\w+\\)[#0+ -]*(\\*|\\d+)?(\\.(\\*|\\d+))?[diouxefgcrsa%]",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private static final String[] PIECES = {
    "%", "(", ")", "%(", "name", "asctime", "_x9", "é", "ß", "٣", "\u0301", "\u200d", "𝑥", "‿",
    "#", "0", "+", " ", "-", "*", ".", "12", "٣", "d", "s", "S", "r", "a", "A", "%", "z", "q",
    "İ", "ı", "ſ", "K", "-", ":", "\n", "x"
  };

  @Test
  void findsWhatPythonsPatternFinds() {
    Random random = new Random(20261123L);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder fmt = new StringBuilder();
      int pieces = 1 + random.nextInt(9);
      for (int p = 0; p < pieces; p++) {
        fmt.append(PIECES[random.nextInt(PIECES.length)]);
      }
      check(fmt.toString());
    }
  }

  @Test
  void commonFormats() {
    for (String fmt : new String[] {
      "%(message)s", "%(asctime)s %(levelname)-8s %(name)s: %(message)s", "%(message)", "%(x).s",
      "%(x)#0+ -12.3f", "%(x)*.*d", "%(x)%", "%s", "", "%(x)İ", "%(𝑥)s", "%()s", "%(x)5.", "%(x)5.d"
    }) {
      check(fmt);
    }
  }

  private static void check(String fmt) {
    assertWithMessage("format %s", fmt)
        .that(PercentStyle.hasValidField(fmt))
        .isEqualTo(PYTHON.matcher(fmt).find());
  }
}
