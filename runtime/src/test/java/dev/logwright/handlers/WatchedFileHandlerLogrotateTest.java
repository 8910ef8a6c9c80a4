package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.logwright.LogRecord;
import dev.logwright.Level;
import dev.logwright.testing.Peers;
import dev.logwright.testing.StderrCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies that a {@link WatchedFileHandler} loses and duplicates nothing while the real
 * {@code logrotate} renames its file again and again under a writer that keeps logging.
 */
class WatchedFileHandlerLogrotateTest {
  private static final int ROTATIONS = 12;

  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path dir;

  @Test
  void everyLineIsFoundExactlyOnceAcrossRotatedFiles() throws Exception {
    Path logrotate = Peers.which("logrotate");
    Peers.require(logrotate != null, "logrotate (apt-get install logrotate)");
    Path log = dir.resolve("app.log");
    Path conf = dir.resolve("logrotate.conf");
    // Rename-based rotation (no copytruncate), more kept files than rotations.
    Files.write(conf, ("\"" + log + "\" {\n  rotate " + (ROTATIONS + 5)
        + "\n  missingok\n  nocompress\n}\n").getBytes(UTF_8));

    WatchedFileHandler handler = new WatchedFileHandler(log.toString());
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger written = new AtomicInteger();
    Thread writer = new Thread(() -> {
      LogRecord r = new LogRecord();
      for (int i = 0; !stop.get() && i < 5_000_000; i++) {
        r.init("app", Level.INFO, "line " + i + " of the writer", null, null, System.nanoTime());
        handler.handle(r);
        written.set(i + 1);
      }
    });
    writer.start();
    try {
      for (int i = 0; i < ROTATIONS; i++) {
        waitForMoreLines(written, 200);
        runLogrotate(logrotate, conf);
      }
      waitForMoreLines(written, 200);
    } finally {
      stop.set(true);
      writer.join(60_000);
      handler.close();
    }
    assertThat(writer.isAlive()).isFalse();

    List<Path> files = logFiles();
    assertThat(files.size()).isEqualTo(ROTATIONS + 1);
    Map<String, Integer> seen = new HashMap<>();
    for (Path f : files) {
      // At least 200 lines were logged between rotations, after each reopen.
      assertThat(Files.size(f)).isGreaterThan(0L);
      for (String line : Files.readAllLines(f, UTF_8)) {
        seen.merge(line, 1, Integer::sum);
      }
    }
    int n = written.get();
    assertThat(seen.size()).isEqualTo(n);
    for (int i = 0; i < n; i++) {
      assertThat(seen.get("line " + i + " of the writer")).isEqualTo(1);
    }
  }

  private static void waitForMoreLines(AtomicInteger written, int more) throws InterruptedException {
    int target = written.get() + more;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (written.get() < target && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
  }

  private void runLogrotate(Path logrotate, Path conf) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(logrotate.toString(), "-f", "-s", dir.resolve("state").toString(), conf.toString())
        .redirectErrorStream(true)
        .start();
    try {
      String output = new String(p.getInputStream().readAllBytes(), UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(output).isEmpty();
      assertThat(p.exitValue()).isEqualTo(0);
    } finally {
      p.destroyForcibly();
    }
  }

  private List<Path> logFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(p -> p.getFileName().toString().startsWith("app.log")).sorted().forEach(out::add);
    }
    return out;
  }
}
