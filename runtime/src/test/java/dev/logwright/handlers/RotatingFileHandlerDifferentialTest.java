package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.testing.CPython;
import dev.logwright.testing.StderrCapture;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the same records through CPython 3.13's {@code RotatingFileHandler} and ours, in two
 * directories, and compares the files left behind: names and bytes. Messages mix ASCII with
 * two-, three- and four-byte UTF-8 characters, so that CPython's characters-versus-bytes size
 * test is exercised, and sizes range from empty to longer than {@code maxBytes}.
 */
class RotatingFileHandlerDifferentialTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path dir;

  static Stream<Arguments> scenarios() {
    // maxBytes, backupCount, namer, delay, preexisting text
    return Stream.of(
        Arguments.of(0, 0, false, false, null),
        Arguments.of(0, 3, true, false, "before\n"),
        Arguments.of(1, 0, false, false, null),
        Arguments.of(1, 3, false, true, null),
        Arguments.of(50, 2, false, false, null),
        Arguments.of(64, 10, true, false, "caf\u00e9 from an earlier run\n"),
        Arguments.of(128, 5, false, true, null),
        Arguments.of(128, 5, true, true, "x"),
        Arguments.of(300, 0, false, false, null),
        Arguments.of(1000, 3, false, false, null),
        Arguments.of(1000, 3, true, false, "\u20ac".repeat(400)),
        Arguments.of(4096, 1, false, false, null));
  }

  @ParameterizedTest(name = "maxBytes={0} backupCount={1} namer={2} delay={3} preexisting={4}")
  @MethodSource("scenarios")
  void filesMatchCPython(int maxBytes, int backupCount, boolean namer, boolean delay, String preexisting)
      throws IOException, URISyntaxException {
    CPython.require(3, 13);
    List<String> messages = messages(new Random(31L * maxBytes + backupCount), 400);
    Path theirs = Files.createDirectory(dir.resolve("cpython"));
    Path ours = Files.createDirectory(dir.resolve("ours"));

    String scenario = "{\"dir\": " + json(theirs.toString()) + ", \"maxBytes\": " + maxBytes
        + ", \"backupCount\": " + backupCount + ", \"namer\": " + namer + ", \"delay\": " + delay
        + ", \"preexisting\": " + (preexisting == null ? "null" : json(preexisting))
        + ", \"messages\": " + json(messages) + "}";
    Path script = Paths.get(getClass().getResource("/python/rotating_scenario.py").toURI());
    CPython.Result result = CPython.runFile(script, List.of(), scenario, Map.of(), null);
    result.checkedStdout();
    assertThat(result.stderr).isEmpty();

    runOurs(ours.resolve("app.log"), maxBytes, backupCount, namer, delay, preexisting, messages);

    Map<String, String> expected = contents(theirs);
    assertThat(expected.size()).isAtLeast(1);
    assertThat(contents(ours)).containsExactlyEntriesIn(expected).inOrder();
  }

  private static void runOurs(Path file, int maxBytes, int backupCount, boolean namer, boolean delay,
      String preexisting, List<String> messages) throws IOException {
    if (preexisting != null) {
      Files.write(file, preexisting.getBytes(UTF_8));
    }
    RotatingFileHandler handler =
        new RotatingFileHandler(file.toString(), "a", maxBytes, backupCount, UTF_8, delay);
    if (namer) {
      handler.setNamer(name -> Paths.get(name).resolveSibling("old-" + Paths.get(name).getFileName()).toString());
    }
    LogRecord record = new LogRecord();
    for (String message : messages) {
      record.init("root", Level.INFO, message, null, null, System.nanoTime());
      handler.handle(record);
    }
    handler.close();
  }

  /** Messages of 0 to ~180 characters, some far longer than the smaller maxBytes. */
  private static List<String> messages(Random random, int count) {
    String[] alphabet = {"a", "b", "z", " ", "0", "9", "%", "\u00e9", "\u00df", "\u20ac", "\u4e2d", "\uD83D\uDE00"};
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int length = random.nextInt(10) == 0 ? random.nextInt(180) : random.nextInt(40);
      StringBuilder sb = new StringBuilder("m").append(i).append(':');
      for (int j = 0; j < length; j++) {
        // Mostly ASCII, so that files fill at a realistic pace.
        sb.append(random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : alphabet[random.nextInt(7)]);
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static Map<String, String> contents(Path directory) throws IOException {
    Map<String, String> out = new TreeMap<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(directory)) {
      list.forEach(files::add);
    }
    Collections.sort(files);
    for (Path f : files) {
      // Hex keeps the comparison byte for byte and the failure message readable enough.
      out.put(f.getFileName().toString(), hex(Files.readAllBytes(f)));
    }
    return out;
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return sb.toString();
  }

  private static String json(List<String> values) {
    StringBuilder sb = new StringBuilder("[");
    for (String v : values) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(json(v));
    }
    return sb.append(']').toString();
  }

  private static String json(String value) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
