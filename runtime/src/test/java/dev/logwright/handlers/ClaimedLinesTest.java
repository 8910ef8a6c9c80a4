package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.logwright.Formatter;
import dev.logwright.Logger;
import dev.logwright.testing.OwnHierarchy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A buffered file handler's records logged through a logger are appended without the handler's
 * lock when they fit (see {@link BufferClaims}): verifies that this happens, and that records
 * still land in the order their calls were made, whole and once each, across buffer hand-offs,
 * rollovers, flushes and changes of the buffering.
 */
class ClaimedLinesTest {
  private static final long WAIT_MILLIS = TimeUnit.SECONDS.toMillis(60);

  @TempDir Path dir;

  @Test
  void aBufferedRecordIsAppendedWhileAnotherThreadHoldsTheLock() throws Exception {
    Path log = dir.resolve("a.log");
    RotatingFileHandler h = new RotatingFileHandler(log.toString(), 1 << 20, 1);
    h.setFormatter(new Formatter("%(message)s"));
    h.setBuffering(4096, 60_000);
    Logger logger = OwnHierarchy.infoLoggerTo(h);
    Thread first = new Thread(() -> logger.info("first")); // goes through the lock, opens claims
    first.start();
    first.join(WAIT_MILLIS);

    Thread second = new Thread(() -> logger.info("second"));
    h.acquire();
    try {
      second.start();
      second.join(WAIT_MILLIS);
      assertThat(second.isAlive()).isFalse(); // it did not wait for the lock this thread holds
    } finally {
      h.release();
    }
    h.close();

    assertThat(Files.readAllLines(log, UTF_8)).containsExactly("first", "second").inOrder();
  }

  /**
   * Two threads take turns, each logging only after the other's call returned: the file must
   * hold the turns in order, through many buffer hand-offs and rollovers.
   */
  @Test
  void recordsOfThreadsTakingTurnsLandInTurnOrderAcrossRollovers() throws Exception {
    int turns = 20_000;
    Path log = dir.resolve("t.log");
    RotatingFileHandler h = new RotatingFileHandler(log.toString(), 8192, 10_000);
    h.setFormatter(new Formatter("%(message)s"));
    h.setBuffering(512, 1);
    Logger logger = OwnHierarchy.infoLoggerTo(h);
    AtomicInteger turn = new AtomicInteger();
    List<Thread> players = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      int parity = p;
      players.add(new Thread(() -> {
        for (int t = parity; t < turns; t += 2) {
          while (turn.get() != t) {
            Thread.onSpinWait();
          }
          logger.info("turn %d é", t);
          turn.set(t + 1);
        }
      }));
    }
    players.forEach(Thread::start);
    for (Thread p : players) {
      p.join(WAIT_MILLIS);
      assertThat(p.isAlive()).isFalse();
    }
    h.close();

    List<String> lines = new ArrayList<>();
    List<Path> files = oldestFirst(log);
    assertThat(files.size()).isGreaterThan(10);
    for (Path f : files) {
      lines.addAll(Files.readAllLines(f, UTF_8));
    }
    assertThat(lines).hasSize(turns);
    for (int t = 0; t < turns; t++) {
      assertThat(lines.get(t)).isEqualTo("turn " + t + " é");
    }
  }

  /**
   * Four threads log while another flushes and switches the buffer size back and forth: every
   * record arrives once, whole, and each thread's records in the order it logged them.
   */
  @Test
  void everyRecordOnceAndInItsThreadsOrderWhileTheBufferingChanges() throws Exception {
    int threads = 4;
    int perThread = 20_000;
    Path log = dir.resolve("c.log");
    FileHandler h = new FileHandler(log.toString());
    h.setFormatter(new Formatter("%(threadName)s %(message)s"));
    h.setBuffering(1024, 1);
    Logger logger = OwnHierarchy.infoLoggerTo(h);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(new Thread(() -> {
        for (int i = 0; i < perThread; i++) {
          logger.info("%d", i);
        }
      }, "w" + t));
    }
    AtomicBoolean done = new AtomicBoolean();
    Thread changer = new Thread(() -> {
      for (int round = 0; !done.get(); round++) {
        h.setBuffering(round % 2 == 0 ? 300 : 4096, 1);
        h.flush();
      }
    });
    workers.forEach(Thread::start);
    changer.start();
    for (Thread w : workers) {
      w.join(WAIT_MILLIS);
      assertThat(w.isAlive()).isFalse();
    }
    done.set(true);
    changer.join(WAIT_MILLIS);
    h.close();

    int[] next = new int[threads];
    List<String> lines = Files.readAllLines(log, UTF_8);
    for (String line : lines) {
      assertThat(line).matches("w[0-9] [0-9]+");
      int thread = line.charAt(1) - '0';
      assertThat(Integer.parseInt(line.substring(3))).isEqualTo(next[thread]);
      next[thread]++;
    }
    assertThat(lines).hasSize(threads * perThread);
  }

  private static List<Path> oldestFirst(Path log) {
    List<Path> files = new ArrayList<>();
    for (int i = 1; Files.exists(Path.of(log + "." + i)); i++) {
      files.add(0, Path.of(log + "." + i));
    }
    files.add(log);
    return files;
  }

  @Test
  void aWatchedOrTimedFileTakesNoClaims() throws IOException {
    WatchedFileHandler watched = new WatchedFileHandler(dir.resolve("w.log").toString());
    TimedRotatingFileHandler timed = new TimedRotatingFileHandler(dir.resolve("d.log").toString());
    try {
      assertThat(watched.claimBudget()).isEqualTo(0);
      assertThat(timed.claimBudget()).isEqualTo(0);
    } finally {
      watched.close();
      timed.close();
    }
  }
}
