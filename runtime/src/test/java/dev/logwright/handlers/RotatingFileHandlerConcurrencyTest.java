package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.testing.StderrCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies that threads sharing one {@link RotatingFileHandler} across many rollovers lose,
 * duplicate and tear no line, flushing each record or buffered (with a 1 ms bound, so that the
 * background flush runs among the writers and the rollovers).
 */
class RotatingFileHandlerConcurrencyTest {
  private static final int THREADS = 6;
  private static final int PER_THREAD = 3000;
  private static final Pattern LINE = Pattern.compile("thread (\\d) line (\\d+) \u00e9\u20ac");

  @RegisterExtension final StderrCapture stderr = new StderrCapture();
  @TempDir Path dir;

  // app.log is 0, app.log.3 is 3.
  private static int age(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return name.endsWith(".log") ? 0 : Integer.parseInt(name.substring(dot + 1));
  }

  @ParameterizedTest(name = "buffered={0}")
  @ValueSource(booleans = {false, true})
  void everyLineExactlyOnceAndWhole(boolean buffered) throws Exception {
    Path file = dir.resolve("app.log");
    // About 40 bytes a line, 18,000 lines, 4 KiB files: ~180 rollovers, all files kept.
    RotatingFileHandler handler = new RotatingFileHandler(file.toString(), 4096, 1000);
    if (buffered) {
      handler.setBuffering(1024, 1);
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int id = t;
      Thread thread = new Thread(() -> {
        LogRecord r = new LogRecord();
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < PER_THREAD; i++) {
          r.init("t", Level.INFO, "thread " + id + " line " + i + " \u00e9\u20ac", null, null, System.nanoTime());
          handler.handle(r);
        }
      });
      threads.add(thread);
      thread.start();
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join(120_000);
      assertThat(thread.isAlive()).isFalse();
    }
    handler.close();

    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.forEach(files::add);
    }
    assertThat(files.size()).isGreaterThan(100);
    // Oldest first: app.log.N, …, app.log.1, then app.log.
    files.sort(Comparator.comparingInt(RotatingFileHandlerConcurrencyTest::age).reversed());
    Set<String> seen = new HashSet<>();
    int[] lastLine = new int[THREADS];
    Arrays.fill(lastLine, -1);
    long lines = 0;
    for (Path f : files) {
      // The size test counts characters; "\u00e9\u20ac" is 3 bytes more than characters.
      assertThat(Files.size(f)).isAtMost(4096L + 3);
      for (String line : Files.readAllLines(f, UTF_8)) {
        Matcher m = LINE.matcher(line);
        assertThat(m.matches()).isTrue();
        assertThat(seen.add(line)).isTrue();
        int thread = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        assertThat(number).isGreaterThan(lastLine[thread]); // each thread's lines in its order
        lastLine[thread] = number;
        lines++;
      }
    }
    assertThat(lines).isEqualTo((long) THREADS * PER_THREAD);
  }
}
