package dev.logwright.handlers;

import dev.logwright.Handler;
import dev.logwright.LogRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Takes records from a queue on a background thread and passes each to its handlers, as
 * Python's {@code logging.handlers.QueueListener}; the other end of a {@link QueueHandler}.
 *
 * <p>{@link #start()} starts one daemon thread named {@code logwright-QueueListener-…}; {@link
 * #stop()} queues a sentinel behind the records already queued and waits until the thread has
 * handled all of them. The sentinel is an object private to this class (a flagged slot in a
 * {@link RecordRingBuffer}), so no record is ever mistaken for it.
 *
 * <p>Lifecycle: starting a started listener throws {@link IllegalStateException} (Python 3.14;
 * 3.13 would start a second thread); stopping a listener that was never started, or stopping
 * twice, does nothing (gh-114706); a stopped listener may be started again. A handler that
 * throws does not stop the thread: the exception goes to that handler's {@link
 * Handler#handleError} and the next handler gets the record. An {@link Error} is not caught: it
 * ends the thread through the thread's uncaught-exception handler, and {@code stop()} then
 * returns at once, leaving the rest of the queue for a new {@code start()}.
 *
 * <p>The listener does not close its handlers: whoever made them closes them after {@code
 * stop()}.
 */
public class QueueListener {
  /** The stop request; compared by identity, never handed to a handler. */
  protected static final LogRecord SENTINEL = new LogRecord();

  private static final long SENTINEL_RETRY_MILLIS = 10;

  private final @Nullable BlockingQueue<LogRecord> queue;
  private final @Nullable RecordRingBuffer ring;
  private final List<Handler> handlers;
  private final boolean respectHandlerLevel;
  private final Object state = new Object();
  /** The thread between start and stop, guarded by {@link #state}. */
  private @Nullable Thread thread;
  /** The thread that runs {@link #monitor()}, until it ends. */
  private volatile @Nullable Thread running;
  /**
   * Set when a handler stopped the listener while the queue was too full for the sentinel: the
   * thread then drains the queue and ends when it is empty.
   */
  private volatile boolean endWhenEmpty;

  /** A listener of {@code queue} that gives every record to every handler. */
  public QueueListener(BlockingQueue<LogRecord> queue, Handler... handlers) {
    this(queue, null, Arrays.asList(checkArray(handlers)), false);
  }

  /**
   * Creates a listener as Python's {@code QueueListener(queue, *handlers,
   * respect_handler_level=False)}.
   *
   * @param respectHandlerLevel when {@code true}, a handler gets only records at or above its
   *     level; when {@code false} every handler gets every record (its filters still apply)
   * @throws NullPointerException if {@code queue} or a handler is null
   * @throws IllegalArgumentException if {@code handlers} is empty
   */
  public QueueListener(
      BlockingQueue<LogRecord> queue, List<? extends Handler> handlers, boolean respectHandlerLevel) {
    this(queue, null, handlers, respectHandlerLevel);
  }

  /** A listener of the ring buffer {@code queue} that gives every record to every handler. */
  public QueueListener(RecordRingBuffer queue, Handler... handlers) {
    this(null, queue, Arrays.asList(checkArray(handlers)), false);
  }

  /** A listener of the ring buffer {@code queue}; see the blocking-queue constructor. */
  public QueueListener(
      RecordRingBuffer queue, List<? extends Handler> handlers, boolean respectHandlerLevel) {
    this(null, queue, handlers, respectHandlerLevel);
  }

  private QueueListener(
      @Nullable BlockingQueue<LogRecord> queue,
      @Nullable RecordRingBuffer ring,
      @Nullable List<? extends Handler> handlers,
      boolean respectHandlerLevel) {
    if (queue == null && ring == null) {
      throw new NullPointerException("queue == null");
    }
    this.queue = queue;
    this.ring = ring;
    this.handlers = checkHandlers(handlers);
    this.respectHandlerLevel = respectHandlerLevel;
  }

  private static Handler[] checkArray(Handler @Nullable [] handlers) {
    if (handlers == null) {
      throw new NullPointerException("handlers == null");
    }
    return handlers;
  }

  private static List<Handler> checkHandlers(@Nullable List<? extends Handler> handlers) {
    if (handlers == null) {
      throw new NullPointerException("handlers == null");
    }
    if (handlers.isEmpty()) {
      throw new IllegalArgumentException("handlers is empty: a listener needs at least one");
    }
    List<Handler> copy = new ArrayList<>(handlers);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i) == null) {
        throw new NullPointerException("handlers[" + i + "] == null");
      }
    }
    return Collections.unmodifiableList(copy);
  }

  /** Returns the blocking queue, or {@code null} when this listener reads a ring buffer. */
  public @Nullable BlockingQueue<LogRecord> getQueue() {
    return queue;
  }

  /** Returns the ring buffer, or {@code null} when this listener reads a blocking queue. */
  public @Nullable RecordRingBuffer getRingBuffer() {
    return ring;
  }

  /** Returns the handlers, in order. */
  public List<Handler> getHandlers() {
    return handlers;
  }

  /** Returns whether handlers get only records at or above their level. */
  public boolean getRespectHandlerLevel() {
    return respectHandlerLevel;
  }

  /** Returns whether some handler uses the caller's file, line or function. */
  public boolean needsCallerInfo() {
    // Indexed: every logging call through a QueueHandler asks this, and must not allocate an iterator.
    for (int i = 0; i < handlers.size(); i++) {
      if (handlers.get(i).needsCallerInfo()) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the listener thread is running (started and not yet finished). */
  public boolean isAlive() {
    Thread t = running;
    return t != null && t.isAlive();
  }

  /**
   * Starts the background thread that takes records from the queue.
   *
   * @throws IllegalStateException if this listener is already started, or another listener is
   *     consuming the same ring buffer
   */
  public void start() {
    synchronized (state) {
      if (thread != null) {
        throw new IllegalStateException("Listener already started");
      }
      Thread t = new Thread(this::monitor,
          "logwright-QueueListener-" + Integer.toHexString(System.identityHashCode(this)));
      t.setDaemon(true);
      if (ring != null && !ring.attachConsumer(t)) {
        throw new IllegalStateException("another listener is consuming " + ring);
      }
      running = t;
      thread = t;
      try {
        t.start();
      } catch (RuntimeException | Error e) {
        // No thread: producers of a WAIT ring must not wait for it.
        running = null;
        thread = null;
        if (ring != null) {
          ring.detachConsumer();
        }
        throw e;
      }
    }
  }

  /**
   * Stops the listener: queues the sentinel behind every record already queued and returns once
   * the thread has handled them all and ended. Records queued afterwards stay in the queue.
   * Does nothing if the listener is not started. Called from the listener's own thread (by a
   * handler), it queues the sentinel and returns at once. If the calling thread is interrupted
   * while waiting, returns early with its interrupt status set; the thread still finishes.
   * From the moment {@code stop} is called, producers of a full {@link
   * RecordRingBuffer.WhenFull#WAIT WAIT} ring refuse records instead of waiting for room.
   */
  public void stop() {
    Thread t;
    synchronized (state) {
      t = thread;
      if (t == null) {
        return;
      }
      thread = null;
    }
    RecordRingBuffer r = ring;
    if (r != null) {
      // Slots behind the sentinel are never freed by this thread: stop letting producers wait.
      r.consumerStopping();
    }
    enqueueSentinel();
    if (t == Thread.currentThread()) {
      return;
    }
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Takes the next record from the queue, waiting for one if {@code block}; returns {@code null}
   * when not blocking and the queue is empty. With a ring buffer the record is the slot's own
   * and stays valid until the next call. Override for timeouts or other queues.
   */
  public @Nullable LogRecord dequeue(boolean block) throws InterruptedException {
    RecordRingBuffer r = ring;
    if (r != null) {
      return r.take(block, SENTINEL);
    }
    BlockingQueue<LogRecord> q = queue;
    return block ? q.take() : q.poll();
  }

  /**
   * Queues the sentinel that ends the thread. It waits for room in a full queue as long as the
   * listener thread is alive (the thread is draining the queue, so room comes); if the thread
   * has already ended there is nothing to stop. Override for other queues.
   */
  public void enqueueSentinel() {
    Thread t = running;
    if (t == null) {
      return;
    }
    if (t == Thread.currentThread()) {
      // A handler is stopping its own listener: nobody else drains the queue, so never wait.
      endWhenEmpty = !offerSentinelNow();
      return;
    }
    RecordRingBuffer r = ring;
    if (r != null) {
      r.putSentinel(t);
      return;
    }
    boolean interrupted = false;
    try {
      while (t.isAlive()) {
        try {
          if (queue.offer(SENTINEL, SENTINEL_RETRY_MILLIS, TimeUnit.MILLISECONDS)) {
            return;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private boolean offerSentinelNow() {
    RecordRingBuffer r = ring;
    return r != null ? r.tryPutSentinel() : queue.offer(SENTINEL);
  }

  /** Returns the record to pass to the handlers; {@code record} itself here. Override to change it. */
  public LogRecord prepare(LogRecord record) {
    return record;
  }

  /**
   * Passes {@link #prepare prepare(record)} to each handler in turn, skipping handlers whose
   * level is above the record's when {@code respectHandlerLevel}. A handler that throws has
   * its exception passed to its own {@code handleError}; the others still get the record.
   */
  public void handle(LogRecord record) {
    LogRecord prepared = prepare(record);
    for (int i = 0; i < handlers.size(); i++) {
      Handler h = handlers.get(i);
      if (respectHandlerLevel && prepared.getLevelno() < h.getLevel()) {
        continue;
      }
      try {
        h.handle(prepared);
      } catch (RuntimeException e) {
        h.handleError(prepared, e);
      }
    }
  }

  private void monitor() {
    try {
      while (true) {
        LogRecord record;
        boolean draining = endWhenEmpty;
        try {
          record = dequeue(!draining);
        } catch (InterruptedException e) {
          // Only stop() ends this thread, through the sentinel, so no record is left behind.
          continue;
        }
        if (record == SENTINEL || (record == null && draining)) {
          return;
        }
        if (record != null) {
          handle(record);
        }
      }
    } finally {
      RecordRingBuffer r = ring;
      if (r != null) {
        r.detachConsumer();
      }
      if (running == Thread.currentThread()) {
        endWhenEmpty = false;
        running = null;
      }
    }
  }

  @Override
  public String toString() {
    return "<QueueListener " + handlers + (isAlive() ? " (running)>" : ">");
  }
}
