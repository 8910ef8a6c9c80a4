package dev.logwright.benchmarks;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineCheckTest {
  private static final String GOOD =
      "2026-11-23 20:45:01,042 INFO bench.orders: Order 1000042 shipped to Quito in 142 ms\n";

  @TempDir Path dir;

  @Test
  void acceptsFilesOfAgreedLinesAndSkipsEmptyAndLockFiles() throws IOException {
    Files.write(dir.resolve("a.log"), (GOOD + GOOD + GOOD).getBytes(UTF_8));
    Files.write(dir.resolve("a.log.1"), GOOD.getBytes(UTF_8));
    Files.createFile(dir.resolve("empty.log"));
    Files.write(dir.resolve("jul.log.0.lck"), "x".getBytes(UTF_8));

    assertThat(LineCheck.verify(dir)).isEqualTo(2);
  }

  @Test
  void rejectsAnotherLayoutInTheLastLine() throws IOException {
    String python = "2026-11-23 20:45:01,042 INFO:bench.orders:Order 1 shipped to Quito in 142 ms\n";
    Files.write(dir.resolve("a.log"), (GOOD + python).getBytes(UTF_8));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> LineCheck.verify(dir));
    assertThat(e).hasMessageThat().contains("INFO:bench.orders");
  }

  @Test
  void rejectsGroupingSeparatorsInNumbers() throws IOException {
    Files.write(dir.resolve("a.log"), GOOD.replace("1000042", "1,000,042").getBytes(UTF_8));

    assertThrows(IllegalStateException.class, () -> LineCheck.verify(dir));
  }

  @Test
  void rejectsALastLineCutShort() throws IOException {
    Files.write(dir.resolve("a.log"), (GOOD + GOOD.substring(0, 30)).getBytes(UTF_8));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> LineCheck.verify(dir));
    assertThat(e).hasMessageThat().contains("line feed");
  }

  @Test
  void rejectsADirectoryWithoutLines() throws IOException {
    Files.createFile(dir.resolve("a.log"));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> LineCheck.verify(dir));
    assertThat(e).hasMessageThat().contains("no log line");
  }
}
