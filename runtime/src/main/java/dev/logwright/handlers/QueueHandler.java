package dev.logwright.handlers;

import dev.logwright.Handler;
import dev.logwright.LogRecord;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Sends records to a queue for a {@link QueueListener} to handle on another thread, as Python's
 * {@code logging.handlers.QueueHandler}.
 *
 * <p>The queue is either any {@link BlockingQueue} of records, or a {@link RecordRingBuffer},
 * whose preallocated slots make the hand-off allocation-free. With a blocking queue, {@link
 * #emit} queues {@link #prepare prepare(record)}, a new record, through {@link #enqueue}; with a
 * ring buffer it writes the same prepared content straight into a free slot ({@link
 * #prepareInto}). Either way the caller may reuse its record as soon as {@code emit} returns.
 *
 * <p>When the queue is full:
 *
 * <ul>
 *   <li>a bounded {@code BlockingQueue} whose {@code add} fails, or a {@link RecordRingBuffer}
 *       made with {@link RecordRingBuffer.WhenFull#DROP DROP} (the default): never blocks; the
 *       record is dropped, {@link #getDroppedCount()} counts it and it is reported through
 *       {@link #handleError} with an {@link IllegalStateException} ("Queue full"), as Python
 *       reports {@code queue.Full};
 *   <li>a ring buffer made with {@link RecordRingBuffer.WhenFull#WAIT WAIT}: {@code emit} waits
 *       (without a lock, allocating nothing) until the listener frees a slot, so no record is
 *       lost. It refuses, counts and reports the record as above instead of waiting when no
 *       listener is consuming the ring (not started, stopping or stopped), when the caller is
 *       the listener's own thread (one of its handlers logging back into this queue), or when
 *       the caller is interrupted, whose interrupt status stays set.
 * </ul>
 *
 * <p>{@link #close()} does not close the queue: records emitted after {@code close} are still
 * queued, as in Python.
 *
 * <p>{@link #handle} does not hold the handler's lock around the whole of {@code emit}, so that
 * producers do not queue up behind each other: the queue is thread-safe, and the lock is held
 * only while a formatter set with {@link #setFormatter} runs (formatters need not be
 * thread-safe). Subclasses that override {@code emit} take the lock themselves if they need it.
 */
public class QueueHandler extends Handler {
  private final @Nullable BlockingQueue<LogRecord> queue;
  private final @Nullable RecordRingBuffer ring;
  private final AtomicLong dropped = new AtomicLong();
  /** Per refusal reason of {@link RecordRingBuffer#claim()}, at index {@code -reason - 1}. */
  private final QueueFull @Nullable [] ringRefusals;
  private volatile @Nullable QueueListener listener;

  /**
   * A handler that queues prepared copies of records on {@code queue}.
   *
   * @throws NullPointerException if {@code queue} is null
   */
  public QueueHandler(BlockingQueue<LogRecord> queue) {
    if (queue == null) {
      throw new NullPointerException("queue == null");
    }
    this.queue = queue;
    this.ring = null;
    this.ringRefusals = null;
  }

  /**
   * A handler that writes prepared records into the slots of {@code queue}, allocating nothing
   * per record once its slots have warmed up.
   *
   * @throws NullPointerException if {@code queue} is null
   */
  public QueueHandler(RecordRingBuffer queue) {
    if (queue == null) {
      throw new NullPointerException("queue == null");
    }
    this.queue = null;
    this.ring = queue;
    this.ringRefusals = QueueFull.reasons(queue.capacity());
  }

  /** Returns the blocking queue, or {@code null} when this handler uses a ring buffer. */
  public @Nullable BlockingQueue<LogRecord> getQueue() {
    return queue;
  }

  /** Returns the ring buffer, or {@code null} when this handler uses a blocking queue. */
  public @Nullable RecordRingBuffer getRingBuffer() {
    return ring;
  }

  /** Returns the listener set with {@link #setListener}, Python's {@code listener} attribute. */
  public @Nullable QueueListener getListener() {
    return listener;
  }

  /**
   * Records the listener that consumes this handler's queue; {@link #needsCallerInfo()} then
   * asks its handlers. Does not start or stop it.
   */
  public void setListener(@Nullable QueueListener listener) {
    this.listener = listener;
  }

  /** Returns how many records {@link #emit} could not queue (full queue or a failure). */
  public long getDroppedCount() {
    return dropped.get();
  }

  /**
   * Returns whether loggers must compute caller information: {@code true} when no {@linkplain
   * #setListener listener} is known (its handlers may print file and line), else whether this
   * handler's formatter or any of the listener's handlers uses it.
   */
  @Override
  public boolean needsCallerInfo() {
    QueueListener l = listener;
    return l == null || super.needsCallerInfo() || l.needsCallerInfo();
  }

  /** Filters {@code record}, then emits it without holding the lock (see the class comment). */
  @Override
  public boolean handle(LogRecord record) {
    if (!filter(record)) {
      return false;
    }
    try {
      emit(record);
    } catch (RuntimeException e) {
      handleError(record, e);
    }
    return true;
  }

  /**
   * Returns the record to queue: a copy of {@code record} whose {@code msg} and {@code message}
   * are the formatted text (with the default formatter: the merged message followed by any
   * exception and stack text, so the traceback travels as text), and whose {@code args}, {@code
   * exc_info}, {@code exc_text} and {@code stack_info} are cleared, as Python 3.13 does
   * (bpo-35726: the caller's record is left as it was, apart from what formatting caches in
   * it). Override to queue something else.
   */
  public LogRecord prepare(LogRecord record) {
    String text = formatLocked(record);
    LogRecord copy = new LogRecord();
    copy.copyFrom(record, false);
    copy.setMsg(text);
    copy.setMessageAttribute(text);
    copy.setArgs(null);
    copy.setExcInfo(null);
    copy.setExcText(null);
    copy.setStackInfo(null);
    return copy;
  }

  /**
   * Puts {@code record} on the queue as it is: {@link BlockingQueue#add} (never waits), or a
   * copy into a ring buffer slot (waits for one if the ring's policy is {@link
   * RecordRingBuffer.WhenFull#WAIT WAIT}). Override for blocking or timed puts.
   *
   * @throws IllegalStateException when the queue is full
   */
  public void enqueue(LogRecord record) {
    RecordRingBuffer r = ring;
    if (r == null) {
      queue.add(record);
      return;
    }
    long pos = claim(r);
    boolean copied = false;
    try {
      r.recordAt(pos).copyFrom(record);
      copied = true;
    } finally {
      r.publish(pos, copied ? RecordRingBuffer.AS_IS : RecordRingBuffer.SKIP);
    }
  }

  /**
   * Queues {@code record}: {@code enqueue(prepare(record))}, or with a ring buffer {@link
   * #prepareInto} a free slot. Failures, a full queue included, go to {@link #handleError}.
   */
  @Override
  public void emit(LogRecord record) {
    try {
      RecordRingBuffer r = ring;
      if (r == null) {
        enqueue(prepare(record));
      } else {
        emitToRing(r, record);
      }
    } catch (Exception e) {
      dropped.incrementAndGet();
      handleError(record, e);
    }
  }

  private void emitToRing(RecordRingBuffer r, LogRecord record) {
    long pos = claim(r);
    boolean prepared = false;
    try {
      prepareInto(record, r.recordAt(pos), r.textAt(pos));
      prepared = true;
    } finally {
      // A claimed slot is always published, or the listener would wait for it forever.
      r.publish(pos, prepared ? RecordRingBuffer.PREPARED : RecordRingBuffer.SKIP);
    }
  }

  private long claim(RecordRingBuffer r) {
    long pos = r.claim();
    if (pos < 0) {
      QueueFull[] refusals = ringRefusals;
      throw refusals != null ? refusals[(int) (-pos - 1)] : new QueueFull(r.capacity(), "");
    }
    return pos;
  }

  /**
   * "Queue full" for a ring buffer, made once per handler and refusal reason and without a
   * stack trace: a full ring may refuse records at the producers' full speed, and each refusal
   * must cost the caller nothing but the count (the trace would only show this class's own
   * frames).
   */
  static final class QueueFull extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    QueueFull(int capacity, String why) {
      super("Queue full (" + capacity + " records)" + why);
    }

    /** One per {@code RecordRingBuffer.REFUSED_*} reason, at index {@code -reason - 1}. */
    static QueueFull[] reasons(int capacity) {
      return new QueueFull[] {
        new QueueFull(capacity, ""),
        new QueueFull(capacity, " and no listener is consuming it"),
        new QueueFull(capacity, ": the listener's own thread cannot wait for room in it"),
        new QueueFull(capacity, ": interrupted while waiting for room"),
      };
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /**
   * Writes what {@link #prepare} would return into a ring buffer slot: {@code slot} receives a
   * copy of {@code record} with the same attributes cleared, and {@code text} (emptied first)
   * the formatted message, which the listener turns into the slot's {@code msg} and {@code
   * message}. Without a formatter and without exception or stack information, the message is
   * merged straight into {@code text}, allocating nothing. Override together with {@link
   * #prepare} to queue something else.
   */
  protected void prepareInto(LogRecord record, LogRecord slot, StringBuilder text) {
    text.setLength(0);
    if (getFormatter() == null
        && record.getExcInfo() == null
        && record.getExcText() == null
        && record.getStackInfo() == null) {
      record.appendMessage(text);
    } else {
      formatLocked(record, text);
    }
    slot.copyPreparedFrom(record);
  }

  private String formatLocked(LogRecord record) {
    StringBuilder text = new StringBuilder(128);
    formatLocked(record, text);
    return text.toString();
  }

  private void formatLocked(LogRecord record, StringBuilder text) {
    lock.lock();
    try {
      format(record, text);
    } finally {
      lock.unlock();
    }
  }
}
