package dev.logwright.handlers;

import static com.google.common.truth.Truth.assertThat;
import static dev.logwright.handlers.BufferingHandlerTest.messages;
import static dev.logwright.handlers.BufferingHandlerTest.record;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.testing.CapturingHandler;
import dev.logwright.testing.StderrCapture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QueueListenerTest {
  @RegisterExtension final StderrCapture stderr = new StderrCapture();

  private static final Duration HANG = Duration.ofSeconds(30);
  private final List<QueueListener> listeners = new ArrayList<>();

  @AfterEach
  void stopListeners() {
    for (QueueListener l : listeners) {
      l.stop();
    }
  }

  private QueueListener track(QueueListener listener) {
    listeners.add(listener);
    return listener;
  }

  /** A queue handler and its listener over a blocking queue ("queue") or a ring buffer ("ring"). */
  private QueueHandler pipeline(String kind, boolean respect, Handler... handlers) {
    if (kind.equals("ring")) {
      RecordRingBuffer ring = new RecordRingBuffer(1024);
      track(new QueueListener(ring, Arrays.asList(handlers), respect)).start();
      return new QueueHandler(ring);
    }
    BlockingQueue<LogRecord> queue = new LinkedBlockingQueue<>();
    track(new QueueListener(queue, Arrays.asList(handlers), respect)).start();
    return new QueueHandler(queue);
  }

  private void stopAll() {
    for (QueueListener l : listeners) {
      l.stop();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"queue", "ring"})
  void respectHandlerLevelGivesEachHandlerOnlyRecordsAtItsLevel(String kind) {
    CapturingHandler debug = new CapturingHandler();
    debug.setLevel(Level.DEBUG);
    CapturingHandler warning = new CapturingHandler();
    warning.setLevel(Level.WARNING);
    CapturingHandler error = new CapturingHandler();
    error.setLevel(Level.ERROR);
    QueueHandler handler = pipeline(kind, true, debug, warning, error);
    logOnePerLevel(handler);
    stopAll();
    assertThat(messages(debug.records())).containsExactly("d", "i", "w", "e", "c").inOrder();
    assertThat(messages(warning.records())).containsExactly("w", "e", "c").inOrder();
    assertThat(messages(error.records())).containsExactly("e", "c").inOrder();
  }

  @ParameterizedTest
  @ValueSource(strings = {"queue", "ring"})
  void withoutRespectHandlerLevelEveryHandlerGetsEveryRecord(String kind) {
    CapturingHandler warning = new CapturingHandler();
    warning.setLevel(Level.WARNING);
    CapturingHandler error = new CapturingHandler();
    error.setLevel(Level.ERROR);
    QueueHandler handler = pipeline(kind, false, warning, error);
    logOnePerLevel(handler);
    stopAll();
    assertThat(messages(warning.records())).containsExactly("d", "i", "w", "e", "c").inOrder();
    assertThat(messages(error.records())).containsExactly("d", "i", "w", "e", "c").inOrder();
  }

  private static void logOnePerLevel(QueueHandler handler) {
    handler.handle(record(Level.DEBUG, "d"));
    handler.handle(record(Level.INFO, "i"));
    handler.handle(record(Level.WARNING, "w"));
    handler.handle(record(Level.ERROR, "e"));
    handler.handle(record(Level.CRITICAL, "c"));
  }

  /**
   * Verifies that a handler throwing from {@code emit} or from {@code handle} neither ends the
   * listener thread nor keeps the record from the next handler; each failure reaches the
   * failing handler's {@code handleError}.
   */
  @ParameterizedTest
  @ValueSource(strings = {"queue", "ring"})
  void aThrowingHandlerDoesNotKillTheListener(String kind) {
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    Handler throwsInEmit = new Handler() {
      @Override
      public void emit(LogRecord record) {
        throw new IllegalStateException("emit failed for " + record.getMessage());
      }

      @Override
      public void handleError(LogRecord record, Throwable error) {
        errors.add(error.getMessage());
      }
    };
    Handler throwsInHandle = new Handler() {
      @Override
      public boolean handle(LogRecord record) {
        throw new IllegalArgumentException("handle failed for " + record.getMessage());
      }

      @Override
      public void emit(LogRecord record) {}

      @Override
      public void handleError(LogRecord record, Throwable error) {
        errors.add(error.getMessage());
      }
    };
    CapturingHandler last = new CapturingHandler();
    QueueHandler handler = pipeline(kind, false, throwsInEmit, throwsInHandle, last);
    handler.handle(record(Level.INFO, "one"));
    handler.handle(record(Level.INFO, "two"));
    assertThat(listeners.get(0).isAlive()).isTrue();
    stopAll();
    assertThat(messages(last.records())).containsExactly("one", "two").inOrder();
    assertThat(errors).containsExactly("emit failed for one", "handle failed for one",
        "emit failed for two", "handle failed for two").inOrder();
  }

  /**
   * Verifies that an {@link Error} from a handler (which the listener does not catch) ends the
   * thread visibly, through its uncaught-exception report, and that stop() then returns.
   */
  @ParameterizedTest
  @ValueSource(strings = {"queue", "ring"})
  void anErrorEndsTheThreadVisiblyAndStopStillReturns(String kind) throws Exception {
    Handler fatal = new Handler() {
      @Override
      public void emit(LogRecord record) {
        throw new AssertionError("fatal in handler");
      }
    };
    QueueHandler handler = pipeline(kind, false, fatal);
    QueueListener listener = listeners.get(0);
    handler.handle(record(Level.INFO, "x"));
    for (int i = 0; i < 3000 && listener.isAlive(); i++) {
      Thread.sleep(10);
    }
    assertThat(listener.isAlive()).isFalse();
    assertTimeoutPreemptively(HANG, listener::stop);
    assertThat(stderr.take()).contains("java.lang.AssertionError: fatal in handler");
  }

  /** Verifies that stop() returns only after the records queued before it were all handled. */
  @ParameterizedTest
  @ValueSource(strings = {"queue", "ring"})
  void stopReturnsAfterEveryQueuedRecordIsHandled(String kind) {
    CapturingHandler slow = new CapturingHandler() ;
    Handler delaying = new Handler() {
      @Override
      public void emit(LogRecord record) {
        Thread.yield();
        slow.handle(record);
      }
    };
    QueueHandler handler = pipeline(kind, false, delaying);
    for (int i = 0; i < 1000; i++) {
      handler.handle(record(Level.INFO, "m%d", i));
    }
    assertTimeoutPreemptively(HANG, this::stopAll);
    assertThat(slow.records()).hasSize(1000);
    assertThat(listeners.get(0).isAlive()).isFalse();
  }

  /**
   * Verifies that stop() on a full bounded queue waits for room for its sentinel instead of
   * failing or losing records.
   */
  @Test
  void stopOnAFullBoundedQueueWaitsForRoomAndHandlesEverything() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CapturingHandler seen = new CapturingHandler();
    Handler gate = new Handler() {
      @Override
      public void emit(LogRecord record) {
        entered.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        seen.handle(record);
      }
    };
    BlockingQueue<LogRecord> queue = new ArrayBlockingQueue<>(3);
    QueueListener listener = track(new QueueListener(queue, gate));
    listener.start();
    QueueHandler handler = new QueueHandler(queue);
    handler.handle(record(Level.INFO, "first"));
    assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
    for (int i = 0; i < 3; i++) {
      handler.handle(record(Level.INFO, "q%d", i));
    }
    assertThat(queue.remainingCapacity()).isEqualTo(0);
    Thread stopper = new Thread(listener::stop);
    stopper.start();
    release.countDown();
    stopper.join(30_000);
    assertThat(stopper.isAlive()).isFalse();
    assertThat(messages(seen.records())).containsExactly("first", "q0", "q1", "q2").inOrder();
  }

  @Test
  void stoppingAListenerThatNeverStartedOrTwiceDoesNothing() {
    QueueListener listener =
        new QueueListener(new LinkedBlockingQueue<>(), new CapturingHandler());
    assertTimeoutPreemptively(HANG, listener::stop);
    listener.start();
    listener.stop();
    assertTimeoutPreemptively(HANG, listener::stop);
    assertThat(listener.isAlive()).isFalse();
  }

  @Test
  void startingTwiceIsRefusedAndAStoppedListenerRestarts() {
    BlockingQueue<LogRecord> queue = new LinkedBlockingQueue<>();
    CapturingHandler seen = new CapturingHandler();
    QueueListener listener = track(new QueueListener(queue, seen));
    listener.start();
    IllegalStateException twice = assertThrows(IllegalStateException.class, listener::start);
    assertThat(twice).hasMessageThat().isEqualTo("Listener already started");
    listener.stop();
    QueueHandler handler = new QueueHandler(queue);
    handler.handle(record(Level.INFO, "while stopped"));
    listener.start();
    listener.stop();
    assertThat(messages(seen.records())).containsExactly("while stopped");
  }

  @Test
  void aRingBufferAcceptsOnlyOneListenerAtATime() {
    RecordRingBuffer ring = new RecordRingBuffer(8);
    QueueListener first = track(new QueueListener(ring, new CapturingHandler()));
    QueueListener second = track(new QueueListener(ring, new CapturingHandler()));
    first.start();
    IllegalStateException e = assertThrows(IllegalStateException.class, second::start);
    assertThat(e).hasMessageThat().startsWith("another listener is consuming");
    first.stop();
    second.start();
    assertThat(second.isAlive()).isTrue();
  }

  /** Verifies that a handler stopping its own listener neither deadlocks nor loses the records before it. */
  @ParameterizedTest
  @ValueSource(strings = {"queue", "ring"})
  void aHandlerMayStopItsOwnListener(String kind) throws Exception {
    CapturingHandler seen = new CapturingHandler();
    QueueListener[] self = new QueueListener[1];
    Handler stopping = new Handler() {
      @Override
      public void emit(LogRecord record) {
        seen.handle(record);
        if (record.getMessage().equals("stop")) {
          self[0].stop();
        }
      }
    };
    QueueHandler handler = pipeline(kind, false, stopping);
    self[0] = listeners.get(0);
    handler.handle(record(Level.INFO, "a"));
    handler.handle(record(Level.INFO, "stop"));
    for (int i = 0; i < 3000 && self[0].isAlive(); i++) {
      Thread.sleep(10);
    }
    assertThat(self[0].isAlive()).isFalse();
    assertThat(messages(seen.records())).containsExactly("a", "stop").inOrder();
  }

  /**
   * Verifies that a handler stopping its own listener while the bounded queue is too full for
   * the sentinel neither blocks the listener thread nor loses the queued records.
   */
  @ParameterizedTest
  @ValueSource(strings = {"queue", "ring"})
  void aHandlerMayStopItsOwnListenerWhileTheQueueIsFull(String kind) throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch filled = new CountDownLatch(1);
    CapturingHandler seen = new CapturingHandler();
    QueueListener[] self = new QueueListener[1];
    Handler stopping = new Handler() {
      @Override
      public void emit(LogRecord record) {
        seen.handle(record);
        if (record.getMessage().equals("stop")) {
          entered.countDown();
          try {
            filled.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          self[0].stop();
        }
      }
    };
    QueueHandler handler;
    if (kind.equals("ring")) {
      RecordRingBuffer ring = new RecordRingBuffer(2);
      self[0] = track(new QueueListener(ring, stopping));
      handler = new QueueHandler(ring);
    } else {
      BlockingQueue<LogRecord> queue = new ArrayBlockingQueue<>(2);
      self[0] = track(new QueueListener(queue, stopping));
      handler = new QueueHandler(queue);
    }
    self[0].start();
    handler.handle(record(Level.INFO, "stop"));
    assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
    handler.handle(record(Level.INFO, "x1"));
    // The ring still holds the slot being handled, so it has room for one more only.
    if (kind.equals("queue")) {
      handler.handle(record(Level.INFO, "x2"));
    }
    filled.countDown();
    for (int i = 0; i < 3000 && self[0].isAlive(); i++) {
      Thread.sleep(10);
    }
    assertThat(self[0].isAlive()).isFalse();
    assertThat(messages(seen.records())).containsAtLeast("stop", "x1").inOrder();
    assertThat(handler.getDroppedCount()).isEqualTo(0);
    assertThat(seen.records()).hasSize(kind.equals("queue") ? 3 : 2);
  }

  @Test
  void listenerThreadIsANamedDaemon() throws Exception {
    Thread[] seen = new Thread[1];
    Handler where = new Handler() {
      @Override
      public void emit(LogRecord record) {
        seen[0] = Thread.currentThread();
      }
    };
    BlockingQueue<LogRecord> queue = new LinkedBlockingQueue<>();
    QueueListener listener = track(new QueueListener(queue, where));
    listener.start();
    new QueueHandler(queue).handle(record(Level.INFO, "x"));
    listener.stop();
    assertThat(seen[0].isDaemon()).isTrue();
    assertThat(seen[0].getName()).startsWith("logwright-QueueListener-");
  }

  @Test
  void badArgumentsAreRejectedAtConstructionNamingTheParameter() {
    CapturingHandler h = new CapturingHandler();
    assertThat(assertThrows(NullPointerException.class,
        () -> new QueueListener((BlockingQueue<LogRecord>) null, h)))
        .hasMessageThat().isEqualTo("queue == null");
    assertThat(assertThrows(NullPointerException.class,
        () -> new QueueListener((RecordRingBuffer) null, h)))
        .hasMessageThat().isEqualTo("queue == null");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> new QueueListener(new LinkedBlockingQueue<>())))
        .hasMessageThat().isEqualTo("handlers is empty: a listener needs at least one");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> new QueueListener(new RecordRingBuffer(4), Collections.emptyList(), true)))
        .hasMessageThat().isEqualTo("handlers is empty: a listener needs at least one");
    assertThat(assertThrows(NullPointerException.class,
        () -> new QueueListener(new LinkedBlockingQueue<>(), h, null)))
        .hasMessageThat().isEqualTo("handlers[1] == null");
    assertThat(assertThrows(NullPointerException.class,
        () -> new QueueHandler((BlockingQueue<LogRecord>) null)))
        .hasMessageThat().isEqualTo("queue == null");
    assertThat(assertThrows(NullPointerException.class,
        () -> new QueueHandler((RecordRingBuffer) null)))
        .hasMessageThat().isEqualTo("queue == null");
    assertThat(assertThrows(IllegalArgumentException.class, () -> new RecordRingBuffer(0)))
        .hasMessageThat().isEqualTo("capacity <= 0: 0");
  }

  @Test
  void listenerPrepareHookSeesEveryRecordBeforeTheHandlers() {
    BlockingQueue<LogRecord> queue = new LinkedBlockingQueue<>();
    CapturingHandler seen = new CapturingHandler();
    QueueListener listener = track(new QueueListener(queue, seen) {
      @Override
      public LogRecord prepare(LogRecord record) {
        LogRecord copy = record.copy();
        copy.setMsg("prepared " + record.getMessage());
        return copy;
      }
    });
    listener.start();
    new QueueHandler(queue).handle(record(Level.INFO, "x"));
    listener.stop();
    assertThat(messages(seen.records())).containsExactly("prepared x");
  }

  @Test
  void needsCallerInfoFollowsTheListenersHandlers() {
    CapturingHandler plain = new CapturingHandler();
    CapturingHandler withLine = new CapturingHandler();
    withLine.setFormatter(new dev.logwright.Formatter("%(filename)s:%(lineno)d %(message)s"));
    BlockingQueue<LogRecord> queue = new LinkedBlockingQueue<>();
    QueueHandler handler = new QueueHandler(queue);
    assertThat(handler.needsCallerInfo()).isTrue();
    handler.setListener(new QueueListener(queue, plain));
    assertThat(handler.needsCallerInfo()).isFalse();
    handler.setListener(new QueueListener(queue, plain, withLine));
    assertThat(handler.needsCallerInfo()).isTrue();
  }

}
