package dev.logwright.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logwright.testing.CPython;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Subject header, compared with what Python's email package writes for the same text. */
class Rfc2047Test {
  @TempDir Path dir;

  static final List<String> SUBJECTS = Arrays.asList(
      "Alert",
      "",
      "a  b   c",
      " leading and trailing ",
      "tab\there",
      "Grüße aus Köln",
      "Fehler: Datei „x“ nicht gefunden",
      "Grüße: „Fehler“ im Modul 日本語",
      "ASCII start then Grüße and more ascii words here to make it long enough to fold, yes",
      "word word word word word word word word word word word word word word word word word ",
      "日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語",
      "ü",
      "Prüfung der Größe: überschritten, bitte prüfen — sofort, es ist dringend!",
      "ERROR in app.db: connection refused (errno 111) after 3 retries; giving up now");

  @Test
  void subjectsMatchPythonsEmailPackage() throws Exception {
    CPython.require(3, 13);
    Path script = dir.resolve("subject_header.py");
    try (InputStream in = getClass().getResourceAsStream("/python/subject_header.py")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    StringBuilder stdin = new StringBuilder();
    for (String s : SUBJECTS) {
      stdin.append('s').append(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8))).append('\n');
    }
    String out = CPython.runFile(script, Collections.emptyList(), stdin.toString(),
        Collections.emptyMap(), dir).checkedStdout();
    List<String> theirs = new ArrayList<>();
    for (String line : out.trim().split("\n")) {
      theirs.add(new String(Base64.getDecoder().decode(line.trim()), StandardCharsets.UTF_8));
    }
    List<String> ours = new ArrayList<>();
    for (String s : SUBJECTS) {
      ours.add(Rfc2047.header("Subject", s));
    }
    assertThat(ours).containsExactlyElementsIn(theirs).inOrder();
  }

  @Test
  void lineBreaksAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Rfc2047.header("Subject", "a\r\nBcc: x"));
    assertThrows(IllegalArgumentException.class, () -> Rfc2047.header("Subject", "a\nb"));
  }

  @Test
  void encodedWordsPreferQUnlessBase64IsFiveShorter() {
    assertThat(Rfc2047.encodedWord("Grüße")).isEqualTo("=?utf-8?q?Gr=C3=BC=C3=9Fe?=");
    assertThat(Rfc2047.encodedWord("日本語")).isEqualTo("=?utf-8?b?5pel5pys6Kqe?=");
  }
}
