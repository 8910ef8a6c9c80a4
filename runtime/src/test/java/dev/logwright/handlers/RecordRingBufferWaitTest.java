package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static dev.logwright.handlers.BufferingHandlerTest.record;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.handlers.RecordRingBuffer.WhenFull;
import dev.logwright.testing.Allocations;
import dev.logwright.testing.Peers;
import dev.logwright.testing.StderrCapture;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies the {@link WhenFull#WAIT} policy of {@link RecordRingBuffer} with real threads: a
 * producer facing a full ring waits for the listener instead of dropping, and refuses instead of
 * waiting wherever waiting could never end. Every wait in these tests is bounded by a timeout;
 * none measures time.
 */
class RecordRingBufferWaitTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  private static final Duration HANG = Duration.ofSeconds(60);

  private final List<QueueListener> listeners = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  /** Opened by each test's end at the latest, so that no gated handler keeps its listener. */
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stopEverything() throws InterruptedException {
    release.countDown();
    for (Thread t : threads) {
      t.interrupt();
      t.join(HANG.toMillis());
    }
    for (QueueListener l : listeners) {
      l.stop();
    }
  }

  private QueueListener started(QueueListener listener) {
    listeners.add(listener);
    listener.start();
    return listener;
  }

  private Thread started(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    threads.add(t);
    t.start();
    return t;
  }

  /**
   * Keeps each record's message; on the record whose message is {@code gate} it waits for
   * {@link #release} first, so the listener holds that record's slot until the test opens it.
   */
  private class GatedHandler extends Handler {
    final List<String> messages = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch gateReached = new CountDownLatch(1);
    private final String gate;

    GatedHandler(String gate) {
      this.gate = gate;
    }

    @Override
    public void emit(LogRecord record) {
      String message = record.getMessage();
      messages.add(message);
      if (message.equals(gate)) {
        gateReached.countDown();
        awaitQuietly(release);
      }
    }
  }

  /** A queue handler that keeps what it reports instead of printing it. */
  private static final class ReportingQueueHandler extends QueueHandler {
    final List<String> reported = Collections.synchronizedList(new ArrayList<>());

    ReportingQueueHandler(RecordRingBuffer ring) {
      super(ring);
    }

    @Override
    public void handleError(LogRecord record, Throwable error) {
      reported.add(record.getMessage() + " -> " + error.getMessage());
    }
  }

  @Test
  void aProducerWaitsForTheListenerInsteadOfDroppingThenEveryRecordArrivesInOrder() {
    RecordRingBuffer ring = new RecordRingBuffer(4, WhenFull.WAIT);
    GatedHandler slow = new GatedHandler("r0");
    started(new QueueListener(ring, slow));
    QueueHandler handler = new ReportingQueueHandler(ring);
    AtomicInteger returned = new AtomicInteger();
    assertTimeoutPreemptively(HANG, () -> {
      Thread producer = started("producer", () -> {
        for (int i = 0; i < 20; i++) {
          handler.handle(record(Level.INFO, "r" + i));
          returned.incrementAndGet();
        }
      });
      slow.gateReached.await();
      // The listener holds r0's slot; r1–r3 fill the rest, and the producer must wait in r4.
      awaitParkedOn(producer, ring);
      assertThat(returned.get()).isEqualTo(4);
      assertThat(ring.size()).isEqualTo(4);
      release.countDown();
      producer.join();
    });
    listeners.get(0).stop();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      expected.add("r" + i);
    }
    assertThat(slow.messages).containsExactlyElementsIn(expected).inOrder();
    assertThat(ring.droppedCount()).isEqualTo(0);
    assertThat(handler.getDroppedCount()).isEqualTo(0);
    assertThat(((ReportingQueueHandler) handler).reported).isEmpty();
  }

  /**
   * Verifies that two producers writing through a tiny WAIT ring (so that they wait most of the
   * time) into a real file lose nothing: each record is in the file once, in its producer's
   * order.
   */
  @Test
  void twoProducersThroughARealListenerIntoAFileLoseNothing(@TempDir Path dir) throws Exception {
    int producers = 2;
    int perProducer = 20_000;
    Path log = dir.resolve("app.log");
    FileHandler file = new FileHandler(log.toString());
    RecordRingBuffer ring = new RecordRingBuffer(8, WhenFull.WAIT);
    QueueHandler handler = new QueueHandler(ring);
    QueueListener listener = started(new QueueListener(ring, file));
    try {
      assertTimeoutPreemptively(HANG, () -> {
        List<Thread> running = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
          int id = p;
          running.add(started("producer-" + p, () -> {
            LogRecord reused = new LogRecord();
            for (int i = 0; i < perProducer; i++) {
              reused.init("app", Level.INFO, "%d %d", new Object[] {id, i}, null, 0L);
              handler.handle(reused);
            }
          }));
        }
        for (Thread t : running) {
          t.join();
        }
      });
    } finally {
      listener.stop();
      file.close();
    }
    assertThat(handler.getDroppedCount()).isEqualTo(0);
    int[] next = new int[producers];
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      String[] parts = line.split(" ");
      int p = Integer.parseInt(parts[0]);
      assertThat(Integer.parseInt(parts[1])).isEqualTo(next[p]);
      next[p]++;
    }
    for (int p = 0; p < producers; p++) {
      assertThat(next[p]).isEqualTo(perProducer);
    }
  }

  /**
   * Verifies that a listener's handler logging back into the full queue it drains is refused at
   * once (waiting would be waiting for itself) and that the refusal is reported and counted.
   */
  @Test
  void theListenerLoggingIntoItsOwnFullQueueIsRefusedNotDeadlocked() {
    RecordRingBuffer ring = new RecordRingBuffer(2, WhenFull.WAIT);
    List<ReportingQueueHandler> self = new ArrayList<>(1);
    AtomicBoolean echoReturned = new AtomicBoolean();
    GatedHandler echoing = new GatedHandler("first") {
      @Override
      public void emit(LogRecord record) {
        super.emit(record);
        if (record.getMessage().equals("first")) {
          self.get(0).handle(record(Level.INFO, "echo"));
          echoReturned.set(true);
        }
      }
    };
    ReportingQueueHandler handler = new ReportingQueueHandler(ring);
    self.add(handler);
    started(new QueueListener(ring, echoing));
    assertTimeoutPreemptively(HANG, () -> {
      handler.handle(record(Level.INFO, "first"));
      echoing.gateReached.await();
      handler.handle(record(Level.INFO, "second")); // the listener still holds "first": full
      assertThat(ring.size()).isEqualTo(2);
      release.countDown();
      while (!echoReturned.get()) {
        Thread.yield();
      }
      listeners.get(0).stop();
    });
    assertThat(echoing.messages).containsExactly("first", "second").inOrder();
    assertThat(handler.reported).containsExactly(
        "echo -> Queue full (2 records): the listener's own thread cannot wait for room in it");
    assertThat(ring.droppedCount()).isEqualTo(1);
    assertThat(handler.getDroppedCount()).isEqualTo(1);
  }

  @Test
  void aFullWaitRingWithoutAListenerRefusesInsteadOfHanging() {
    RecordRingBuffer ring = new RecordRingBuffer(2, WhenFull.WAIT);
    ReportingQueueHandler handler = new ReportingQueueHandler(ring);
    assertTimeoutPreemptively(HANG, () -> {
      for (int i = 0; i < 3; i++) {
        handler.handle(record(Level.INFO, "r" + i));
      }
    });
    assertThat(handler.reported)
        .containsExactly("r2 -> Queue full (2 records) and no listener is consuming it");
    assertThat(ring.droppedCount()).isEqualTo(1);
    assertThat(ring.size()).isEqualTo(2);
  }

  /** Verifies that once its listener has stopped, nobody waits for a full WAIT ring. */
  @Test
  void aFullWaitRingWhoseListenerStoppedRefusesInsteadOfHanging() {
    RecordRingBuffer ring = new RecordRingBuffer(2, WhenFull.WAIT);
    GatedHandler handled = new GatedHandler("none");
    QueueListener listener = started(new QueueListener(ring, handled));
    ReportingQueueHandler handler = new ReportingQueueHandler(ring);
    assertTimeoutPreemptively(HANG, () -> {
      handler.handle(record(Level.INFO, "before"));
      listener.stop();
      for (int i = 0; i < 3; i++) {
        handler.handle(record(Level.INFO, "after" + i));
      }
    });
    assertThat(handled.messages).containsExactly("before");
    assertThat(handler.reported)
        .containsExactly("after2 -> Queue full (2 records) and no listener is consuming it");
    assertThat(ring.droppedCount()).isEqualTo(1);
  }

  /**
   * Verifies that a producer stops waiting when interrupted, returns with its interrupt status
   * still set, and that its record is refused and reported.
   */
  @Test
  void anInterruptedWaitingProducerReturnsWithItsInterruptSetAndTheRecordRefused() {
    RecordRingBuffer ring = new RecordRingBuffer(2, WhenFull.WAIT);
    GatedHandler slow = new GatedHandler("r0");
    QueueListener listener = started(new QueueListener(ring, slow));
    ReportingQueueHandler handler = new ReportingQueueHandler(ring);
    AtomicInteger returned = new AtomicInteger();
    AtomicBoolean interruptedAfter = new AtomicBoolean();
    assertTimeoutPreemptively(HANG, () -> {
      Thread producer = started("producer", () -> {
        for (int i = 0; i < 3; i++) {
          handler.handle(record(Level.INFO, "r" + i));
          returned.incrementAndGet();
        }
        interruptedAfter.set(Thread.currentThread().isInterrupted());
      });
      slow.gateReached.await();
      awaitParkedOn(producer, ring);
      assertThat(returned.get()).isEqualTo(2);
      producer.interrupt();
      producer.join();
      release.countDown();
      listener.stop();
    });
    assertThat(returned.get()).isEqualTo(3);
    assertThat(interruptedAfter.get()).isTrue();
    assertThat(handler.reported)
        .containsExactly("r2 -> Queue full (2 records): interrupted while waiting for room");
    assertThat(ring.droppedCount()).isEqualTo(1);
    assertThat(slow.messages).containsExactly("r0", "r1").inOrder();
  }

  /** Verifies that an interrupt matters only when the ring is full: a free slot is still taken. */
  @Test
  void anInterruptedProducerStillQueuesIntoAWaitRingWithRoom() {
    RecordRingBuffer ring = new RecordRingBuffer(2, WhenFull.WAIT);
    ReportingQueueHandler handler = new ReportingQueueHandler(ring);
    Thread.currentThread().interrupt();
    try {
      handler.handle(record(Level.INFO, "r0"));
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(ring.size()).isEqualTo(1);
    assertThat(handler.reported).isEmpty();
  }

  /**
   * Verifies that waiting for room allocates nothing: a producer pushes chunks far larger than a
   * 64-slot ring through a real listener, which at the start of each chunk holds its record until
   * the producer is parked waiting for room, so that every chunk includes a full wait.
   */
  @Test
  void waitingForRoomAllocatesNothingOnTheProducer() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Peers.require(bean instanceof com.sun.management.ThreadMXBean
            && ((com.sun.management.ThreadMXBean) bean).isThreadAllocatedMemorySupported(),
        "a JVM that counts allocated bytes per thread (com.sun.management.ThreadMXBean)");
    int chunk = 1000;
    RecordRingBuffer ring = new RecordRingBuffer(64, WhenFull.WAIT);
    AtomicReference<Thread> producer = new AtomicReference<>();
    AtomicLong handled = new AtomicLong();
    AtomicLong sawParked = new AtomicLong();
    Handler holdingEachChunksFirst = new Handler() {
      @Override
      public void emit(LogRecord record) {
        if (handled.getAndIncrement() % chunk == 0) {
          awaitParkedOn(producer.get(), ring);
          sawParked.incrementAndGet();
        }
      }
    };
    QueueHandler handler = new QueueHandler(ring);
    QueueListener listener = started(new QueueListener(ring, holdingEachChunksFirst));
    LogRecord reused = new LogRecord();
    Object[] args = {0, "Lyon"};
    Runnable oneChunk = () -> {
      for (int i = 0; i < chunk; i++) {
        args[0] = i & 127; // from the Integer cache: the caller allocates nothing either
        reused.init("app.orders", Level.INFO, "order %d shipped to %s", args, null, 1L);
        handler.handle(reused);
      }
    };
    double perChunk = assertTimeoutPreemptively(HANG, () -> {
      producer.set(Thread.currentThread());
      return Allocations.bytesPerCall(50, 100, oneChunk);
    });
    listener.stop();
    assertThat(handler.getDroppedCount()).isEqualTo(0);
    assertThat(handled.get()).isEqualTo(150L * chunk);
    assertThat(sawParked.get()).isEqualTo(150L);
    // Under a byte per record: neither the hand-off nor the waiting allocates.
    assertThat(perChunk).isLessThan(chunk);
  }

  @Test
  void theOneArgumentConstructorDropsAndANullPolicyIsRejected() {
    assertThat(new RecordRingBuffer(8).whenFull()).isEqualTo(WhenFull.DROP);
    assertThat(new RecordRingBuffer(8, WhenFull.WAIT).whenFull()).isEqualTo(WhenFull.WAIT);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new RecordRingBuffer(8, null));
    assertThat(e).hasMessageThat().isEqualTo("whenFull == null");
  }

  /** Waits (bounded by the caller's timeout) until {@code thread} is parked inside {@code ring}. */
  private static void awaitParkedOn(Thread thread, RecordRingBuffer ring) {
    while (!(thread.getState() == Thread.State.TIMED_WAITING
        && LockSupport.getBlocker(thread) == ring)) {
      assertThat(thread.isAlive()).isTrue();
      Thread.yield();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
