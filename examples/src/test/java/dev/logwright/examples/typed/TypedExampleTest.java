package dev.logwright.examples.typed;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.logwright.testing.StderrCapture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TypedExampleTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path dir;

  /**
   * Verifies that the typed logger's records go through the generated pipeline like the plain
   * logger's: DEBUG filtered out, same line for the same message, the typed method's caller as
   * function, the exception's traceback in the file.
   */
  @Test
  void typedAndPlainRecordsShareThePipeline() throws Exception {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(console, true, UTF_8));
    try {
      TypedExample.run(dir, new PrintStream(report, true, UTF_8));
    } finally {
      System.setOut(stdout);
    }
    List<String> lines = console.toString(UTF_8).lines().filter(l -> l.startsWith("  console |")).toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).matches("  console \\| INFO    shop\\.orders run:\\d+ Order 1 shipped to Zürich in 41 ms");
    assertThat(lines.get(3)).matches("  console \\| INFO    shop\\.orders run:\\d+ Order 4 shipped to Lyon in 44 ms");
    assertThat(lines.get(4)).matches("  console \\| WARNING shop\\.orders run:\\d+ Carrier 'SwiftPost' is 12\\.5% late");
    assertThat(lines.get(5)).matches("  console \\| ERROR   shop\\.orders run:\\d+ Payment failed for order 5");
    String file = Files.readString(dir.resolve("shop.log"), UTF_8);
    assertThat(file).startsWith("INFO shop.orders run: Order 1 shipped to Zürich in 41 ms\n");
    assertThat(file).contains("ERROR shop.orders run: Payment failed for order 5\n"
        + "java.lang.IllegalStateException: card declined\n\tat dev.logwright.examples.typed.TypedExample.run(");
    assertThat(file).doesNotContain("checking stock");
    assertThat(report.toString(UTF_8)).contains("shop.log: ");
  }
}
