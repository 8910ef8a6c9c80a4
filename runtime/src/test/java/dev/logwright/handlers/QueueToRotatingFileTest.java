package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.testing.StderrCapture;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Verifies that four producer threads × 250 000 records through {@link QueueHandler} → {@link
 * QueueListener} → {@link RotatingFileHandler} end up, after {@code stop()}, in the log files
 * exactly once each and in each producer's order, across rotations; with a {@link
 * RecordRingBuffer.WhenFull#WAIT WAIT} ring, without pacing the producers.
 */
class QueueToRotatingFileTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  private static final int PRODUCERS = 4;
  private static final int PER_PRODUCER = 250_000;
  private static final int BACKUPS = 200;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"queue", "ring", "ring-wait"})
  void everyRecordIsWrittenExactlyOnceInPerThreadOrder(String kind) throws Exception {
    Path base = dir.resolve("app.log");
    RotatingFileHandler file = new RotatingFileHandler(base.toString(), "a", 1_000_000, BACKUPS);
    RecordRingBuffer ring = kind.equals("ring") ? new RecordRingBuffer(4096)
        : kind.equals("ring-wait") ? new RecordRingBuffer(4096, RecordRingBuffer.WhenFull.WAIT)
        : null;
    LinkedBlockingQueue<LogRecord> queue = new LinkedBlockingQueue<>();
    QueueHandler handler = ring != null ? new QueueHandler(ring) : new QueueHandler(queue);
    QueueListener listener =
        ring != null ? new QueueListener(ring, file) : new QueueListener(queue, file);
    listener.start();
    try {
      assertTimeoutPreemptively(Duration.ofMinutes(5), () -> produce(handler, ring));
    } finally {
      listener.stop();
      file.close();
    }
    assertThat(handler.getDroppedCount()).isEqualTo(0);
    assertThat(Files.exists(dir.resolve("app.log." + BACKUPS))).isFalse();
    checkExactlyOnceInOrder(base);
  }

  private static void produce(QueueHandler handler, RecordRingBuffer ring) throws Exception {
    List<Thread> threads = new ArrayList<>();
    for (int p = 0; p < PRODUCERS; p++) {
      int id = p;
      Thread t = new Thread(() -> {
        LogRecord reused = new LogRecord();
        for (int i = 0; i < PER_PRODUCER; i++) {
          if (ring != null && ring.whenFull() == RecordRingBuffer.WhenFull.DROP) {
            // This ring drops rather than waits: pace the producers so that nothing is dropped.
            while (ring.size() > ring.capacity() / 2) {
              Thread.yield();
            }
          }
          reused.init("stress", Level.INFO, "%d %d", new Object[] {id, i}, null, 0L);
          handler.handle(reused);
        }
      }, "producer-" + p);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  /** Reads the files oldest first (highest backup number first) and checks every sequence. */
  private void checkExactlyOnceInOrder(Path base) throws IOException {
    int[] next = new int[PRODUCERS];
    int files = 0;
    for (int n = BACKUPS; n >= 0; n--) {
      Path f = n == 0 ? base : dir.resolve("app.log." + n);
      if (!Files.exists(f)) {
        continue;
      }
      files++;
      try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          int space = line.indexOf(' ');
          int producer = Integer.parseInt(line.substring(0, space));
          int seq = Integer.parseInt(line.substring(space + 1));
          if (seq != next[producer]) {
            throw new AssertionError("producer " + producer + ": expected record " + next[producer]
                + " but found " + seq + " in " + f.getFileName());
          }
          next[producer]++;
        }
      }
    }
    assertThat(files).isGreaterThan(5);
    for (int p = 0; p < PRODUCERS; p++) {
      assertThat(next[p]).isEqualTo(PER_PRODUCER);
    }
  }
}
