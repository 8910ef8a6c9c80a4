package dev.logwright.examples.timed;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimedExampleTest {
  @TempDir Path dir;

  /** Verifies that the backups are gzip files named by the namer, holding every earlier record. */
  @Test
  void backupsAreCompressedAndHoldTheEarlierRecords() throws Exception {
    TimedExample.run(dir, new PrintStream(new ByteArrayOutputStream(), true, UTF_8));
    List<String> text = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir).sorted()) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (name.equals("timed.log")) {
          continue;
        }
        assertThat(name).matches("timed\\.log\\.\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d\\.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
          text.add(new String(in.readAllBytes(), UTF_8));
        }
      }
    }
    assertThat(text).hasSize(3);
    assertThat(String.join("", text)).contains("tick 0");
    assertThat(String.join("", text)).contains("tick 2");
    assertThat(Files.readString(dir.resolve("timed.log"), UTF_8)).endsWith(" done\n");
  }
}
