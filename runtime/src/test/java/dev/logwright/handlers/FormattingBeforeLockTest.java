package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;

import dev.logwright.Formatter;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.Logger;
import dev.logwright.testing.OwnHierarchy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies when the stream and file handlers format a record before taking their lock: only
 * for a thread's reusable record (one logged through a logger), with a thread-safe formatter
 * and for the library's own classes; otherwise formatting waits for the lock, as in Python. And
 * that records formatted by several threads at once all arrive whole, once each, with size
 * rollover still exact.
 */
class FormattingBeforeLockTest {
  private static final long WAIT_SECONDS = 30;

  @TempDir Path dir;

  /** Counts its calls; says it is thread-safe when asked to. */
  private static final class CountingFormatter extends Formatter {
    final AtomicInteger calls = new AtomicInteger();
    final CountDownLatch called = new CountDownLatch(1);
    private final boolean threadSafe;

    CountingFormatter(boolean threadSafe) {
      super("%(message)s");
      this.threadSafe = threadSafe;
    }

    @Override
    public void format(LogRecord record, StringBuilder out) {
      calls.incrementAndGet();
      called.countDown();
      super.format(record, out);
    }

    @Override
    public boolean isThreadSafe() {
      return threadSafe;
    }
  }

  @Test
  void libraryFormatterIsThreadSafeAndSubclassesAreNotUnlessTheySaySo() {
    assertThat(new Formatter("%(message)s").isThreadSafe()).isTrue();
    assertThat(new Formatter("%(message)s") {}.isThreadSafe()).isFalse();
    assertThat(new CountingFormatter(true).isThreadSafe()).isTrue();
  }

  @Test
  void threadSafeFormatterRunsWhileAnotherThreadHoldsTheLock() throws Exception {
    FileHandler h = new FileHandler(dir.resolve("a.log").toString());
    CountingFormatter f = new CountingFormatter(true);
    h.setFormatter(f);
    Thread logging = loggingThread(h, "early");
    h.acquire();
    try {
      logging.start();
      assertThat(f.called.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    } finally {
      h.release();
    }
    logging.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    h.close();
    assertThat(f.calls.get()).isEqualTo(1); // formatted once: the write used that text
    assertThat(Files.readString(dir.resolve("a.log"))).isEqualTo("early\n");
  }

  @Test
  void formatterNotKnownThreadSafeWaitsForTheLock() throws Exception {
    FileHandler h = new FileHandler(dir.resolve("b.log").toString());
    CountingFormatter f = new CountingFormatter(false);
    h.setFormatter(f);
    assertFormatsOnlyUnderLock(h, f);
    assertThat(Files.readString(dir.resolve("b.log"))).isEqualTo("early\n");
  }

  @Test
  void handlerSubclassKeepsPythonsOrderEvenWithThreadSafeFormatter() throws Exception {
    RotatingFileHandler h = new RotatingFileHandler(dir.resolve("c.log").toString(), 0, 0) {};
    CountingFormatter f = new CountingFormatter(true);
    h.setFormatter(f);
    assertFormatsOnlyUnderLock(h, f);
    assertThat(Files.readString(dir.resolve("c.log"))).isEqualTo("early\n");
  }

  @Test
  void aRecordMadeByTheCallerIsFormattedUnderTheLock() throws Exception {
    FileHandler h = new FileHandler(dir.resolve("d.log").toString());
    CountingFormatter f = new CountingFormatter(true);
    h.setFormatter(f);
    Thread handing = new Thread(() -> h.handle(new LogRecord("app", Level.INFO, "p", 1, "early", null, null, null, null)));
    assertFormatsOnlyUnderLock(h, f, handing);
    assertThat(Files.readString(dir.resolve("d.log"))).isEqualTo("early\n");
  }

  private static void assertFormatsOnlyUnderLock(FileHandler h, CountingFormatter f) throws Exception {
    assertFormatsOnlyUnderLock(h, f, loggingThread(h, "early"));
  }

  /** The logging thread parks on the lock without having formatted, then formats once. */
  private static void assertFormatsOnlyUnderLock(FileHandler h, CountingFormatter f, Thread logging)
      throws Exception {
    h.acquire();
    try {
      logging.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      while (logging.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      assertThat(logging.getState()).isEqualTo(Thread.State.WAITING);
      assertThat(f.calls.get()).isEqualTo(0);
    } finally {
      h.release();
    }
    logging.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    h.close();
    assertThat(f.calls.get()).isEqualTo(1);
  }

  /** A thread logging {@code msg} through a logger of its own hierarchy whose one handler is {@code h}. */
  private static Thread loggingThread(FileHandler h, String msg) {
    Logger logger = OwnHierarchy.infoLoggerTo(h);
    return new Thread(() -> logger.info(msg));
  }

  @Test
  void concurrentRecordsArriveWholeOnceEachAcrossSizeRollovers() throws Exception {
    assertConcurrentRecordsArriveWhole(false);
  }

  @Test
  void concurrentBufferedRecordsArriveWholeOnceEachAcrossSizeRollovers() throws Exception {
    assertConcurrentRecordsArriveWhole(true);
  }

  private void assertConcurrentRecordsArriveWhole(boolean buffered) throws Exception {
    int threads = 4;
    int perThread = 5_000;
    long maxBytes = 16 * 1024;
    Path log = dir.resolve("r.log");
    RotatingFileHandler h = new RotatingFileHandler(log.toString(), maxBytes, 10_000);
    h.setFormatter(new Formatter("%(threadName)s %(levelname)s %(message)s"));
    if (buffered) {
      h.setBuffering(4096, 60_000);
    }
    Logger logger = OwnHierarchy.infoLoggerTo(h);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String name = "w" + t;
      workers.add(new Thread(() -> {
        for (int i = 0; i < perThread; i++) {
          // "é" makes lines longer in bytes than in code points, as Python's size check counts.
          logger.info("record %d é", i);
        }
      }, name));
    }
    workers.forEach(Thread::start);
    for (Thread w : workers) {
      w.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    }
    h.close();

    // Newest first: r.log, r.log.1, r.log.2, ...
    List<Path> files = new ArrayList<>();
    files.add(log);
    for (int i = 1; Files.exists(dir.resolve("r.log." + i)); i++) {
      files.add(dir.resolve("r.log." + i));
    }
    assertThat(files.size()).isGreaterThan(1);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < files.size(); i++) {
      List<String> lines = lines(files.get(i));
      for (String line : lines) {
        assertThat(line).matches("w[0-9] INFO record [0-9]+ é");
        assertThat(seen.add(line)).isTrue();
      }
      // Python's rule: a line goes to a fresh file when the file's size in bytes plus the line's
      // length in code points would reach maxBytes; so each file took its last line...
      long size = Files.size(files.get(i));
      String last = lines.get(lines.size() - 1);
      assertThat(size - utf8Length(last) + codePoints(last)).isLessThan(maxBytes);
      // ...and each backup was closed by the first line of the file after it.
      if (i > 0) {
        String next = lines(files.get(i - 1)).get(0);
        assertThat(size + codePoints(next)).isAtLeast(maxBytes);
      }
    }
    assertThat(seen).hasSize(threads * perThread);
  }

  private static long utf8Length(String line) {
    return (line + "\n").getBytes(StandardCharsets.UTF_8).length;
  }

  private static long codePoints(String line) {
    return line.codePointCount(0, line.length()) + 1;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
