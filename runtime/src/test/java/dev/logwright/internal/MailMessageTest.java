package dev.logwright.internal;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.testing.CPython;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The body and its transfer encoding, compared with Python's {@code set_content}. */
class MailMessageTest {
  @TempDir Path dir;

  private static String repeat(String s, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(s);
    }
    return sb.toString();
  }

  static final List<String> TEXTS = Arrays.asList(
      "plain",
      "",
      "\n",
      "two\nlines\n",
      "crlf\r\nand\rcr\n\n\nblank",
      ".dot\n..dots\n.",
      "Grüße 日本語",
      "trailing spaces   \nand\ttabs\t",
      repeat("a", 78),
      repeat("a", 79),
      repeat("a", 1000),
      repeat("abc def ", 30) + "=end \n" + repeat("x", 75) + "   \n" + repeat("y", 76) + "\t",
      repeat("ü", 100),
      repeat("ü", 40) + "\n" + repeat("long ascii line ", 10),
      repeat("line\n", 12) + repeat("z", 90),
      "form\ffeed and vertical\u000btab " + repeat("q", 80));

  @Test
  void bodiesMatchPythonsSetContent() throws Exception {
    CPython.require(3, 13);
    Path script = dir.resolve("mail_body.py");
    try (InputStream in = getClass().getResourceAsStream("/python/mail_body.py")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    StringBuilder stdin = new StringBuilder();
    for (String t : TEXTS) {
      stdin.append('s').append(Base64.getEncoder().encodeToString(t.getBytes(StandardCharsets.UTF_8))).append('\n');
    }
    String out = CPython.runFile(script, Collections.emptyList(), stdin.toString(),
        Collections.emptyMap(), dir).checkedStdout();
    List<String> theirs = new ArrayList<>();
    for (String line : out.trim().split("\n")) {
      String[] parts = line.trim().split(" ");
      theirs.add(parts[0] + "\n" + new String(Base64.getDecoder().decode(parts.length > 1 ? parts[1] : ""),
          StandardCharsets.UTF_8));
    }
    List<String> ours = new ArrayList<>();
    ZonedDateTime date = ZonedDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
    for (String t : TEXTS) {
      String message = new String(MailMessage.build("a@b", "c@d", "s", date, t), StandardCharsets.UTF_8);
      int cte = message.indexOf("Content-Transfer-Encoding: ") + 27;
      ours.add(message.substring(cte, message.indexOf("\r\n", cte)) + "\n"
          + message.substring(message.indexOf("\r\n\r\n") + 4));
    }
    assertThat(ours).containsExactlyElementsIn(theirs).inOrder();
  }

  @Test
  void datesAreFormattedAsPythonsFormatDatetime() {
    assertThat(MailMessage.formatDate(ZonedDateTime.of(2026, 3, 1, 9, 5, 9, 0, ZoneOffset.ofHoursMinutes(-3, -30))))
        .isEqualTo("Sun, 01 Mar 2026 09:05:09 -0330");
  }
}
