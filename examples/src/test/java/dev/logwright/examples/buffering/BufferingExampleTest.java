package dev.logwright.examples.buffering;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BufferingExampleTest {
  @TempDir Path dir;

  /** Verifies that the queue delivers every record and the buffer only what led up to the error. */
  @Test
  void queueDeliversAllAndBufferFlushesOnError() throws Exception {
    BufferingExample.run(dir, new PrintStream(new ByteArrayOutputStream(), true, UTF_8));
    assertThat(Files.readAllLines(dir.resolve("all.log"), UTF_8)).containsExactly(
        "main DEBUG connecting", "main INFO charging card", "main ERROR card declined", "main INFO retrying later")
        .inOrder();
    assertThat(Files.readAllLines(dir.resolve("incidents.log"), UTF_8)).containsExactly(
        "DEBUG connecting", "INFO charging card", "ERROR card declined").inOrder();
  }
}
