package dev.logwright.handlers;

import dev.logwright.LogRecord;
import dev.logwright.internal.SpinWait;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * A bounded queue of preallocated record slots between any number of {@link QueueHandler}s
 * (producers) and one {@link QueueListener} (the consumer), so that handing a record to the
 * listener allocates nothing once the slots' text buffers have grown to the longest message.
 *
 * <p>A producer claims a free slot, copies the record into the slot's {@link LogRecord} (and
 * the merged message into the slot's reusable {@link StringBuilder}) and publishes it; the
 * listener hands the slot's record to its handlers, then frees the slot. Claiming a free slot
 * never waits for a lock (it is a compare-and-set on a sequence counter per slot).
 *
 * <p><b>When it is full</b> the buffer does what its {@link WhenFull} policy says:
 *
 * <ul>
 *   <li>{@link WhenFull#DROP DROP} (the default, as Python's {@code QueueHandler}, which puts
 *       with {@code put_nowait} and reports {@code queue.Full}): the record is not queued;
 *       {@link QueueHandler#emit} reports it through {@link dev.logwright.Handler#handleError
 *       handleError} with an {@link IllegalStateException} ("Queue full"), {@link
 *       #droppedCount()} counts it, and the caller goes on at once: a logging call is never
 *       blocked by a slow listener.
 *   <li>{@link WhenFull#WAIT WAIT} (back-pressure): the producer waits until the listener has
 *       freed an eighth of the ring (so that waiting producers do not take turns with the
 *       listener slot by slot), then queues the record, so nothing is lost and callers log no
 *       faster than the listener's handlers write. It waits without a lock and without allocating (a short
 *       spin, then {@link Thread#yield()}, then parking for tens of microseconds at a time). It
 *       does not wait, and refuses the record as {@code DROP} does, where waiting could never
 *       end: when no listener is consuming (none started yet, or it is stopping or stopped),
 *       when the caller is the listener's own thread (a handler logging back into the queue it
 *       drains), or when the caller is interrupted (it returns with its interrupt status still
 *       set). A caller must not hold a lock the listener's handlers need while it logs, and
 *       two listeners whose handlers log into each other's WAIT rings can wait for each other.
 * </ul>
 *
 * <p>DROP stays the default so that a logging call never blocks unless asked to; choose WAIT
 * when every record matters more than the caller's latency. Records are never overwritten.
 *
 * <p>Only one listener may consume from a buffer at a time ({@link QueueListener#start()}
 * refuses a second). The listener's {@code stop} sentinel travels as a flagged slot, so no
 * record can be taken for it.
 */
public final class RecordRingBuffer {
  /** What a producer does with a record when every slot is taken; see the class comment. */
  public enum WhenFull {
    /**
     * Wait until the listener frees a slot (back-pressure); refuse only when no listener is
     * consuming, when the caller is the listener's thread, or when the caller is interrupted.
     */
    WAIT,
    /** Refuse the record at once: report it, count it and return (Python's {@code put_nowait}). */
    DROP
  }

  /** {@link #claim()} refused: the ring is full and its policy is {@link WhenFull#DROP}. */
  static final long REFUSED_FULL = -1;
  /** {@link #claim()} refused: full, and no listener is consuming (or it is stopping). */
  static final long REFUSED_NO_CONSUMER = -2;
  /** {@link #claim()} refused: full, and the caller is the consumer itself. */
  static final long REFUSED_OWN_CONSUMER = -3;
  /** {@link #claim()} refused: full, and the caller was interrupted while waiting. */
  static final long REFUSED_INTERRUPTED = -4;

  static final byte EMPTY = 0;
  /** A record whose merged message is in the slot's text buffer. */
  static final byte PREPARED = 1;
  /** A record queued as it was given ({@link QueueHandler#enqueue}). */
  static final byte AS_IS = 2;
  static final byte SENTINEL = 3;
  /** A slot whose producer failed after claiming it; the consumer frees it unread. */
  static final byte SKIP = 4;

  private static final long PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  private static final int SPINS = 64;
  /** A full ring's producer first spins this many times, then yields as many more times. */
  private static final int WAIT_SPINS = 128;
  private static final int WAIT_YIELDS = 64;
  /** Then it parks, doubling from the first to the last: a freed slot is seen within ~50 µs. */
  private static final long WAIT_FIRST_PARK_NANOS = TimeUnit.MICROSECONDS.toNanos(10);
  private static final long WAIT_LAST_PARK_NANOS = TimeUnit.MICROSECONDS.toNanos(50);

  private final int capacity;
  private final WhenFull whenFull;
  private final LogRecord[] records;
  private final StringBuilder[] texts;
  private final byte[] kinds;
  /**
   * Per slot, for the record at position {@code pos}: {@code 2 * pos} while free for its
   * producer, {@code 2 * pos + 1} once published; freeing it makes it {@code 2 * (pos +
   * capacity)}. Doubling keeps "published" and "free for the next position" apart even when
   * {@code capacity} is 1.
   */
  private final AtomicLongArray sequences;
  private final AtomicLong tail = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicBoolean consumerAttached = new AtomicBoolean();
  private volatile long head;
  private volatile @Nullable Thread waitingConsumer;
  /**
   * The attached listener's thread while it consumes: null before it starts and from the
   * moment it is asked to stop, so that producers wait only while somebody frees slots.
   */
  private volatile @Nullable Thread consumer;
  /** The slot the consumer has handed out and frees on its next take; -1 when none. */
  private long held = -1;

  /**
   * Creates a buffer of {@code capacity} slots that refuses records when full ({@link
   * WhenFull#DROP}); see {@link #RecordRingBuffer(int, WhenFull)}.
   *
   * @throws IllegalArgumentException if {@code capacity <= 0}
   */
  public RecordRingBuffer(int capacity) {
    this(capacity, WhenFull.DROP);
  }

  /**
   * Creates a buffer of {@code capacity} slots, each with an empty record and a 256-character
   * text buffer, whose producers follow {@code whenFull} when every slot is taken.
   *
   * @throws IllegalArgumentException if {@code capacity <= 0}
   * @throws NullPointerException if {@code whenFull} is null
   */
  public RecordRingBuffer(int capacity, WhenFull whenFull) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity <= 0: " + capacity);
    }
    if (whenFull == null) {
      throw new NullPointerException("whenFull == null");
    }
    this.capacity = capacity;
    this.whenFull = whenFull;
    this.records = new LogRecord[capacity];
    this.texts = new StringBuilder[capacity];
    this.kinds = new byte[capacity];
    this.sequences = new AtomicLongArray(capacity);
    for (int i = 0; i < capacity; i++) {
      records[i] = new LogRecord();
      texts[i] = new StringBuilder(256);
      sequences.set(i, 2L * i);
    }
  }

  /** Returns the number of slots. */
  public int capacity() {
    return capacity;
  }

  /** Returns what a producer does when every slot is taken. */
  public WhenFull whenFull() {
    return whenFull;
  }

  /** Returns how many slots are claimed and not yet freed; a snapshot under concurrency. */
  public int size() {
    long used = tail.get() - head;
    return (int) Math.max(0, Math.min(capacity, used));
  }

  /**
   * Returns how many records were refused because the buffer was full (with {@link
   * WhenFull#WAIT}, only those it refused instead of waiting: see the class comment).
   */
  public long droppedCount() {
    return dropped.get();
  }

  private int index(long pos) {
    return (int) (pos % capacity);
  }

  /**
   * Claims the next free slot, waiting for one if the policy is {@link WhenFull#WAIT}; returns
   * its position, or one of the negative {@code REFUSED_*} reasons (counted as a drop).
   */
  long claim() {
    long pos = claimOrFull();
    if (pos < 0 && whenFull == WhenFull.WAIT) {
      pos = awaitFreeSlot();
    }
    if (pos < 0) {
      dropped.incrementAndGet();
    }
    return pos;
  }

  /**
   * Waits for a free slot and claims it, spinning, then yielding, then parking with a growing
   * but bounded pause: nobody signals a freed slot (that would cost the consumer a lock or a
   * list of waiters), so the pause bounds how late a producer sees one.
   */
  private long awaitFreeSlot() {
    long parkNanos = WAIT_FIRST_PARK_NANOS;
    // Come back only once the consumer has freed a share of the ring, not each single slot:
    // producers that retry per slot keep the processor busy that the consumer needs.
    int resumeAtFree = Math.max(1, capacity / 8);
    for (int round = 0; true; round++) {
      long refusal = refusalReason();
      if (refusal < 0) {
        return refusal;
      }
      if (round < WAIT_SPINS) {
        SpinWait.onSpinWait();
      } else if (round < WAIT_SPINS + WAIT_YIELDS) {
        Thread.yield();
      } else {
        round = WAIT_SPINS + WAIT_YIELDS; // stays in this branch, never overflows
        LockSupport.parkNanos(this, parkNanos);
        parkNanos = Math.min(2 * parkNanos, WAIT_LAST_PARK_NANOS);
      }
      if (capacity - size() < resumeAtFree) {
        continue;
      }
      long pos = claimOrFull();
      if (pos >= 0) {
        return pos;
      }
    }
  }

  /** Returns why a producer must not wait for a free slot, or 0 when it may. */
  private long refusalReason() {
    Thread c = consumer;
    Thread me = Thread.currentThread();
    if (c == null) {
      return REFUSED_NO_CONSUMER; // nobody would free a slot
    }
    if (c == me) {
      // A handler logging into the queue its own listener drains would wait for itself.
      return REFUSED_OWN_CONSUMER;
    }
    if (me.isInterrupted()) {
      return REFUSED_INTERRUPTED; // the flag stays set for the caller
    }
    return 0;
  }

  private long claimOrFull() {
    long pos = tail.get();
    while (true) {
      long lag = sequences.get(index(pos)) - 2 * pos;
      if (lag == 0) {
        if (tail.compareAndSet(pos, pos + 1)) {
          return pos;
        }
        pos = tail.get();
      } else if (lag < 0) {
        return -1;
      } else {
        pos = tail.get();
      }
    }
  }

  LogRecord recordAt(long pos) {
    return records[index(pos)];
  }

  StringBuilder textAt(long pos) {
    return texts[index(pos)];
  }

  /** Makes the claimed slot {@code pos} visible to the consumer as {@code kind}. */
  void publish(long pos, byte kind) {
    int i = index(pos);
    kinds[i] = kind;
    sequences.set(i, 2 * pos + 1);
    Thread waiting = waitingConsumer;
    if (waiting != null) {
      LockSupport.unpark(waiting);
    }
  }

  /**
   * Queues the stop sentinel, waiting for a free slot while the consumer's {@code thread} is
   * alive (it is draining the buffer, so one comes). Returns whether the sentinel was queued.
   */
  boolean putSentinel(Thread thread) {
    for (int round = 0; true; round++) {
      if (tryPutSentinel()) {
        return true;
      }
      if (!thread.isAlive()) {
        return false;
      }
      // As short a pause as a waiting producer's, so that producers do not take every freed slot.
      if (round < WAIT_YIELDS) {
        Thread.yield();
      } else {
        LockSupport.parkNanos(this, WAIT_LAST_PARK_NANOS);
      }
    }
  }

  /** Queues the stop sentinel if a slot is free; returns whether it did. */
  boolean tryPutSentinel() {
    long pos = claimOrFull();
    if (pos < 0) {
      return false;
    }
    publish(pos, SENTINEL);
    return true;
  }

  /**
   * Makes the listener whose thread is {@code thread} the only consumer, for which full-ring
   * producers may wait; returns false if another one is attached.
   */
  boolean attachConsumer(Thread thread) {
    if (!consumerAttached.compareAndSet(false, true)) {
      return false;
    }
    consumer = thread;
    return true;
  }

  /**
   * Tells producers the consumer is stopping: it frees slots only up to its sentinel, so a
   * producer that finds the ring full from now on refuses rather than waits.
   */
  void consumerStopping() {
    consumer = null;
  }

  /** Frees the slot still held and lets another listener attach. */
  void detachConsumer() {
    consumer = null;
    releaseHeld();
    consumerAttached.set(false);
  }

  /**
   * Frees the slot handed out last, then returns the next queued record: the slot's own record
   * (valid until the next call), {@code sentinel} for a stop request, or {@code null} when
   * {@code block} is false and nothing is queued. Consumer thread only.
   */
  @Nullable LogRecord take(boolean block, LogRecord sentinel) throws InterruptedException {
    releaseHeld();
    while (true) {
      long pos = head;
      if (!awaitPublished(pos, block)) {
        return null;
      }
      held = pos;
      int i = index(pos);
      switch (kinds[i]) {
        case SENTINEL:
          return sentinel;
        case PREPARED:
          // The slot's text stays in its buffer until freed: formatting appends it as it is,
          // and only a handler asking for msg or message as an object makes a String of it.
          records[i].setPreparedMessage(texts[i]);
          return records[i];
        case AS_IS:
          return records[i];
        default:
          releaseHeld();
      }
    }
  }

  private boolean awaitPublished(long pos, boolean block) throws InterruptedException {
    int i = index(pos);
    long published = 2 * pos + 1;
    for (int spins = 0; sequences.get(i) != published; spins++) {
      if (!block) {
        return false;
      }
      if (spins < SPINS) {
        Thread.yield();
        continue;
      }
      // Announce the wait, then look again: a producer publishing after the announcement
      // sees it and unparks us, one publishing before it is seen by the second look.
      waitingConsumer = Thread.currentThread();
      try {
        if (sequences.get(i) != published) {
          LockSupport.parkNanos(this, PARK_NANOS);
        }
      } finally {
        waitingConsumer = null;
      }
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
    }
    return true;
  }

  private void releaseHeld() {
    long pos = held;
    if (pos < 0) {
      return;
    }
    held = -1;
    int i = index(pos);
    kinds[i] = EMPTY;
    head = pos + 1;
    sequences.set(i, 2 * (pos + capacity));
  }

  @Override
  public String toString() {
    return "RecordRingBuffer[capacity=" + capacity + ", whenFull=" + whenFull + ", size=" + size()
        + ", dropped=" + droppedCount() + "]";
  }
}
