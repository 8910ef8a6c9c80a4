package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logwright.testing.CPython;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuffixFormatTest {
  private static final String EVERY_DIRECTIVE = "%Y|%y|%m|%d|%H|%I|%M|%S|%p|%j|%a|%A|%b|%B|%%|-_.x";

  /** Verifies every supported directive against CPython's {@code time.strftime} in the C locale. */
  @Test
  void everyDirectiveRendersAsCPythonsStrftime() throws Exception {
    CPython.require(3, 13);
    List<Long> instants = new ArrayList<>();
    for (long t = 0; t < 400L * 86400; t += 86400 * 7 + 3 * 3600 + 61) {
      instants.add(t);
    }
    instants.add(1_709_251_199L); // 2024-02-29 23:59:59
    instants.add(4_102_444_800L); // 2100-01-01
    StringBuilder script = new StringBuilder("import time\n");
    StringBuilder ours = new StringBuilder();
    for (long t : instants) {
      script.append("print(time.strftime('").append(EVERY_DIRECTIVE).append("', time.gmtime(")
          .append(t).append(")))\n");
      SuffixFormat.format(EVERY_DIRECTIVE, LocalDateTime.ofEpochSecond(t, 0, ZoneOffset.UTC), ours);
      ours.append('\n');
    }
    String theirs = CPython.run(script.toString(), "", Map.of("LC_ALL", "C"), null).checkedStdout();
    assertThat(ours.toString()).isEqualTo(theirs);
  }

  @Test
  void checkAcceptsSupportedDirectivesAndPlainText() {
    assertThat(SuffixFormat.check(EVERY_DIRECTIVE)).isEqualTo(EVERY_DIRECTIVE);
    assertThat(SuffixFormat.check("")).isEmpty();
  }

  @Test
  void checkRejectsUnsupportedOrDanglingDirectives() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> SuffixFormat.check("%Y%f")))
        .hasMessageThat().isEqualTo("suffix directive %f is not one of %Y %y %m %d %H %I %M %S %p %j %a %A %b %B %%: \"%Y%f\"");
    assertThat(assertThrows(IllegalArgumentException.class, () -> SuffixFormat.check("x%")))
        .hasMessageThat().startsWith("suffix directive % is not one of");
    assertThrows(NullPointerException.class, () -> SuffixFormat.check(null));
  }
}
