package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static dev.logwright.handlers.BufferingHandlerTest.messages;
import static dev.logwright.handlers.BufferingHandlerTest.record;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.logwright.Formatter;
import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.Logger;
import dev.logwright.testing.CapturingHandler;
import dev.logwright.testing.StderrCapture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueueHandlerTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  private static final Duration HANG = Duration.ofSeconds(30);

  /** A QueueHandler that remembers the messages of the records it reported as failed. */
  static final class DropRecorder extends QueueHandler {
    final List<String> reported = Collections.synchronizedList(new ArrayList<>());
    final List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());

    DropRecorder(BlockingQueue<LogRecord> queue) {
      super(queue);
    }

    DropRecorder(RecordRingBuffer queue) {
      super(queue);
    }

    @Override
    public void handleError(LogRecord record, Throwable error) {
      reported.add(messageOf(record));
      errors.add(error);
    }

    private static String messageOf(LogRecord record) {
      try {
        return record.getMessage();
      } catch (IllegalArgumentException unmergeable) {
        return String.valueOf(record.getMsg());
      }
    }
  }

  @Test
  void prepareMergesTheMessageKeepsExceptionTextAndClearsTheRest() {
    QueueHandler handler = new QueueHandler(new LinkedBlockingQueue<>());
    IllegalStateException boom = new IllegalStateException("boom");
    LogRecord original = new LogRecord();
    original.init("app", Level.ERROR, "failed %s after %d tries", new Object[] {"job", 3}, boom, 0L);
    original.setStackInfo("Stack (most recent call last):\n  here");
    LogRecord prepared = handler.prepare(original);

    assertThat(prepared).isNotSameInstanceAs(original);
    String expectedText = new Formatter().format(original.copy());
    assertThat(expectedText).startsWith("failed job after 3 tries\n");
    assertThat(expectedText).contains("java.lang.IllegalStateException: boom");
    assertThat(prepared.getMsg()).isEqualTo(expectedText);
    assertThat(prepared.getMessageAttribute()).isEqualTo(expectedText);
    assertThat(prepared.getArgs()).isNull();
    assertThat(prepared.getExcInfo()).isNull();
    assertThat(prepared.getExcText()).isNull();
    assertThat(prepared.getStackInfo()).isNull();
    assertThat(prepared.getName()).isEqualTo("app");
    assertThat(prepared.getLevelno()).isEqualTo(Level.ERROR);
    // bpo-35726: the caller's record keeps what other handlers need.
    assertThat(original.getMsg()).isEqualTo("failed %s after %d tries");
    assertThat(original.getArgs()).asList().containsExactly("job", 3).inOrder();
    assertThat(original.getExcInfo()).isSameInstanceAs(boom);
  }

  /** Verifies that the ring path queues the same content {@link QueueHandler#prepare} makes. */
  @Test
  void ringSlotsCarryWhatPrepareWouldQueue() throws Exception {
    RecordRingBuffer ring = new RecordRingBuffer(4);
    QueueHandler handler = new QueueHandler(ring);
    handler.setFormatter(new Formatter("%(levelname)s|%(name)s|%(message)s"));
    LogRecord original = new LogRecord();
    original.init("app", Level.WARNING, "x=%d", new Object[] {7}, new RuntimeException("e"), 0L);
    LogRecord expected = handler.prepare(original.copy());
    handler.handle(original);
    LogRecord queued = ring.take(false, QueueListener.SENTINEL);
    assertThat(queued.getMsg()).isEqualTo(expected.getMsg());
    assertThat(queued.getMessageAttribute()).isEqualTo(expected.getMessageAttribute());
    assertThat(queued.getArgs()).isNull();
    assertThat(queued.getExcInfo()).isNull();
    assertThat(queued.getExcText()).isNull();
    assertThat(queued.getStackInfo()).isNull();
    assertThat(queued.getLevelname()).isEqualTo("WARNING");
    assertThat((String) queued.getMsg()).startsWith("WARNING|app|x=7\n");
  }

  /**
   * Verifies that records a caller reuses (as loggers do) right after {@code emit} returns reach
   * the listener as they were at the time of the call.
   */
  @ParameterizedTest
  @ValueSource(strings = {"queue", "ring"})
  void recordsReusedByTheCallerReachTheListenerUnchanged(String kind) {
    int count = 5000;
    CapturingHandler seen = new CapturingHandler();
    QueueListener listener;
    QueueHandler handler;
    if (kind.equals("ring")) {
      RecordRingBuffer ring = new RecordRingBuffer(count);
      listener = new QueueListener(ring, seen);
      handler = new QueueHandler(ring);
    } else {
      BlockingQueue<LogRecord> queue = new LinkedBlockingQueue<>();
      listener = new QueueListener(queue, seen);
      handler = new QueueHandler(queue);
    }
    LogRecord reused = new LogRecord();
    Object[] args = new Object[2];
    listener.start();
    try {
      for (int i = 0; i < count; i++) {
        args[0] = "item";
        args[1] = i;
        reused.init("reuse." + (i % 7), 10 + i % 41, "%s #%d", args, null, 1_000_000L * i);
        reused.setCaller("/src/File" + i + ".java", i, "method" + i);
        handler.handle(reused);
        // Scribble over everything the caller owns, as the next log call would.
        args[0] = "CHANGED";
        args[1] = -1;
        reused.init("changed", Level.CRITICAL, "changed", null, null, -1L);
      }
    } finally {
      listener.stop();
    }
    List<LogRecord> records = seen.records();
    assertThat(records).hasSize(count);
    for (int i = 0; i < count; i++) {
      LogRecord r = records.get(i);
      assertThat(r.getMessage()).isEqualTo("item #" + i);
      assertThat(r.getName()).isEqualTo("reuse." + (i % 7));
      assertThat(r.getLevelno()).isEqualTo(10 + i % 41);
      assertThat(r.getCreatedNanos()).isEqualTo(1_000_000L * i);
      assertThat(r.getLineno()).isEqualTo(i);
      assertThat(r.getFilename()).isEqualTo("File" + i + ".java");
      assertThat(r.getFuncName()).isEqualTo("method" + i);
    }
  }

  /**
   * Verifies the whole path from a real {@link Logger}, which reuses one record per thread:
   * every record arrives with its own message, level and caller, and an exception's text
   * travels in the message.
   */
  @ParameterizedTest
  @ValueSource(strings = {"queue", "ring"})
  void recordsFromARealLoggerArriveIntact(String kind) {
    CapturingHandler seen = new CapturingHandler();
    RecordRingBuffer ring = new RecordRingBuffer(1024);
    BlockingQueue<LogRecord> queue = new LinkedBlockingQueue<>();
    QueueHandler handler = kind.equals("ring") ? new QueueHandler(ring) : new QueueHandler(queue);
    QueueListener listener = kind.equals("ring")
        ? new QueueListener(ring, seen) : new QueueListener(queue, seen);
    Logger logger = Logger.getLogger("queue.handler.test." + kind);
    logger.setPropagate(false);
    logger.setLevel(Level.DEBUG);
    logger.addHandler(handler);
    listener.start();
    try {
      for (int i = 0; i < 100; i++) {
        logger.info("info %d of %s", i, kind);
        logger.debug("debug %d", i);
      }
      logger.exception(new IllegalStateException("broken"), "failed %s", "once");
    } finally {
      logger.removeHandler(handler);
      listener.stop();
    }
    List<LogRecord> records = seen.records();
    assertThat(records).hasSize(201);
    for (int i = 0; i < 100; i++) {
      assertThat(records.get(2 * i).getMessage()).isEqualTo("info " + i + " of " + kind);
      assertThat(records.get(2 * i).getLevelname()).isEqualTo("INFO");
      assertThat(records.get(2 * i + 1).getMessage()).isEqualTo("debug " + i);
      assertThat(records.get(2 * i + 1).getLevelno()).isEqualTo(Level.DEBUG);
    }
    LogRecord failed = records.get(200);
    assertThat(failed.getMessage()).startsWith("failed once\njava.lang.IllegalStateException: broken");
    assertThat(failed.getExcInfo()).isNull();
    // No listener is known to the handler, so the logger computed the caller for it.
    assertThat(failed.getFilename()).isEqualTo("QueueHandlerTest.java");
    assertThat(failed.getFuncName()).isEqualTo("recordsFromARealLoggerArriveIntact");
  }

  /**
   * Verifies that on a full bounded queue the caller is not blocked, every overflowing record
   * is reported through handleError and counted, and exactly the records that fit are queued.
   */
  @ParameterizedTest
  @ValueSource(strings = {"queue", "ring"})
  void aFullQueueReportsAndCountsExactlyTheDroppedRecords(String kind) {
    BlockingQueue<LogRecord> queue = new ArrayBlockingQueue<>(5);
    RecordRingBuffer ring = new RecordRingBuffer(5);
    DropRecorder handler = kind.equals("ring") ? new DropRecorder(ring) : new DropRecorder(queue);
    assertTimeoutPreemptively(HANG, () -> {
      for (int i = 0; i < 12; i++) {
        handler.handle(record(Level.INFO, "r%d", i));
      }
    });
    assertThat(handler.reported)
        .containsExactly("r5", "r6", "r7", "r8", "r9", "r10", "r11").inOrder();
    assertThat(handler.getDroppedCount()).isEqualTo(7);
    for (Throwable e : handler.errors) {
      assertThat(e).isInstanceOf(IllegalStateException.class);
      assertThat(e).hasMessageThat().startsWith("Queue full");
    }
    CapturingHandler seen = new CapturingHandler();
    QueueListener listener = kind.equals("ring")
        ? new QueueListener(ring, seen) : new QueueListener(queue, seen);
    listener.start();
    listener.stop();
    assertThat(messages(seen.records())).containsExactly("r0", "r1", "r2", "r3", "r4").inOrder();
    if (kind.equals("ring")) {
      assertThat(ring.droppedCount()).isEqualTo(7);
    }
  }

  /** Verifies that a dropped record is reported as Python reports a failed emit, on stderr. */
  @Test
  void aDroppedRecordIsReportedOnStderrByDefault() {
    QueueHandler handler = new QueueHandler(new RecordRingBuffer(1));
    handler.handle(record(Level.INFO, "fits"));
    handler.handle(record(Level.INFO, "overflows"));
    String report = stderr.take();
    assertThat(report).contains("--- Logging error ---");
    assertThat(report).contains("Queue full (1 records)");
    assertThat(report).contains("overflows");
    assertThat(report).doesNotContain("fits");
  }

  /**
   * Verifies, with four producers racing a slow listener over a small queue, that every record
   * is either handled or reported as dropped: never both, never neither, never twice.
   */
  @ParameterizedTest
  @ValueSource(strings = {"queue", "ring"})
  void underContentionEveryRecordIsEitherHandledOrReportedDropped(String kind)
      throws Exception {
    int producers = 4;
    int perProducer = 20_000;
    BlockingQueue<LogRecord> queue = new ArrayBlockingQueue<>(64);
    RecordRingBuffer ring = new RecordRingBuffer(64);
    DropRecorder handler = kind.equals("ring") ? new DropRecorder(ring) : new DropRecorder(queue);
    List<String> handled = Collections.synchronizedList(new ArrayList<>());
    Handler collect = new Handler() {
      @Override
      public void emit(LogRecord record) {
        handled.add(record.getMessage());
      }
    };
    QueueListener listener = kind.equals("ring")
        ? new QueueListener(ring, collect) : new QueueListener(queue, collect);
    listener.start();
    try {
      runProducers(handler, producers, perProducer);
    } finally {
      listener.stop();
    }
    Set<String> handledSet = new HashSet<>(handled);
    Set<String> droppedSet = new HashSet<>(handler.reported);
    assertThat(handledSet).hasSize(handled.size());
    assertThat(droppedSet).hasSize(handler.reported.size());
    assertThat(handler.getDroppedCount()).isEqualTo(handler.reported.size());
    Set<String> both = new HashSet<>(handledSet);
    both.retainAll(droppedSet);
    assertThat(both).isEmpty();
    assertThat(handled.size() + handler.reported.size()).isEqualTo(producers * perProducer);
  }

  private static void runProducers(QueueHandler handler, int producers, int perProducer)
      throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (int p = 0; p < producers; p++) {
      int id = p;
      Thread t = new Thread(() -> {
        LogRecord reused = new LogRecord();
        for (int i = 0; i < perProducer; i++) {
          reused.init("p", Level.INFO, "p%d-%d", new Object[] {id, i}, null, 0L);
          handler.handle(reused);
        }
      }, "producer-" + p);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join(60_000);
      assertThat(t.isAlive()).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"queue", "ring"})
  void recordsEmittedAfterCloseAreStillQueued(String kind) {
    BlockingQueue<LogRecord> queue = new LinkedBlockingQueue<>();
    RecordRingBuffer ring = new RecordRingBuffer(8);
    QueueHandler handler = kind.equals("ring") ? new QueueHandler(ring) : new QueueHandler(queue);
    handler.close();
    handler.close();
    handler.handle(record(Level.INFO, "after close"));
    CapturingHandler seen = new CapturingHandler();
    QueueListener listener = kind.equals("ring")
        ? new QueueListener(ring, seen) : new QueueListener(queue, seen);
    listener.start();
    listener.stop();
    assertThat(messages(seen.records())).containsExactly("after close");
  }

  /** Verifies that enqueue() queues the given record as it is, without preparing it. */
  @Test
  void enqueueOnARingQueuesTheRecordAsItIs() throws Exception {
    RecordRingBuffer ring = new RecordRingBuffer(2);
    QueueHandler handler = new QueueHandler(ring);
    LogRecord r = record(Level.INFO, "a=%d", 5);
    handler.enqueue(r);
    LogRecord queued = ring.take(false, QueueListener.SENTINEL);
    assertThat(queued.getMsg()).isEqualTo("a=%d");
    assertThat(queued.getArgs()).asList().containsExactly(5);
    assertThat(queued.getMessage()).isEqualTo("a=5");
  }

  /** Verifies that a failure while preparing still frees the claimed slot, so the listener never waits on it. */
  @Test
  void aRecordThatFailsToPrepareDoesNotBlockTheRing() throws Exception {
    RecordRingBuffer ring = new RecordRingBuffer(4);
    DropRecorder handler = new DropRecorder(ring);
    handler.handle(record(Level.INFO, "bad %d", "not a number"));
    handler.handle(record(Level.INFO, "good"));
    assertThat(handler.reported).containsExactly("bad %d");
    assertThat(handler.getDroppedCount()).isEqualTo(1);
    LogRecord queued = ring.take(false, QueueListener.SENTINEL);
    assertThat(queued.getMessage()).isEqualTo("good");
    assertThat(ring.take(false, QueueListener.SENTINEL)).isNull();
  }
}
