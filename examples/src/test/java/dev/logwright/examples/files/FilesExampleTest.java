package dev.logwright.examples.files;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.logwright.testing.StderrCapture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class FilesExampleTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path dir;

  @Test
  void writesEveryRecordToTheExpectedFilesAndDescribesThem() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FilesExample.run(dir, new PrintStream(out, true, UTF_8));

    List<String> all = Files.readAllLines(dir.resolve("all.log"), UTF_8);
    assertThat(all).hasSize(22);
    assertThat(all.get(0)).isEqualTo("INFO app: order 1 shipped to Zürich");
    List<String> rotated = new ArrayList<>();
    for (String name : new String[] {"orders.3.log", "orders.2.log", "orders.1.log", "orders.log"}) {
      Path f = dir.resolve(name);
      assertThat(Files.size(f)).isAtMost(256L);
      rotated.addAll(Files.readAllLines(f, UTF_8));
    }
    assertThat(all).containsAtLeastElementsIn(rotated).inOrder();
    assertThat(rotated.get(rotated.size() - 1)).isEqualTo("ERROR app: carrier unreachable");
    assertThat(Files.readAllLines(dir.resolve("audit.log.1"), UTF_8))
        .containsExactly("WARNING app: stock low after order 10");
    assertThat(Files.readAllLines(dir.resolve("audit.log"), UTF_8))
        .containsExactly("ERROR app: carrier unreachable");
    assertThat(out.toString(UTF_8)).contains("File handlers wrote to " + dir);
    assertThat(out.toString(UTF_8)).contains("orders.1.log");
  }
}
