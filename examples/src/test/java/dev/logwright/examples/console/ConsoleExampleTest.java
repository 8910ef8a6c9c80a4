package dev.logwright.examples.console;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleExampleTest {
  @TempDir Path dir;

  /** Verifies that INFO and up reach the console and every record reaches the rotated files. */
  @Test
  void consoleGetsInfoAndUpAndTheRotatedFilesGetEverything() throws Exception {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(console, true, UTF_8));
    try {
      ConsoleExample.run(dir, new PrintStream(report, true, UTF_8));
    } finally {
      System.setOut(stdout);
    }
    assertThat(console.toString(UTF_8).lines().toList()).containsExactly(
        "  console | INFO    app.orders: order 1 shipped", "  console | INFO    app.orders: order 2 shipped",
        "  console | INFO    app.orders: order 3 shipped", "  console | INFO    app.orders: order 4 shipped",
        "  console | INFO    app.orders: order 5 shipped", "  console | INFO    app.orders: order 6 shipped",
        "  console | WARNING app.orders: carrier slow").inOrder();
    List<String> lines = new ArrayList<>();
    for (String name : new String[] {"app.log.3", "app.log.2", "app.log.1", "app.log"}) {
      assertThat(Files.size(dir.resolve(name))).isAtMost(300L);
      lines.addAll(Files.readAllLines(dir.resolve(name), UTF_8));
    }
    assertThat(lines).hasSize(13);
    assertThat(lines.get(lines.size() - 1)).endsWith(" WARNING app.orders: carrier slow");
    assertThat(report.toString(UTF_8)).contains("app.log.3: 4 lines");
  }
}
