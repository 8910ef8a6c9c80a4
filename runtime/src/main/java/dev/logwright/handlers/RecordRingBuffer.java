package dev.logwright.handlers;

import dev.logwright.LogRecord;
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
 * listener hands the slot's record to its handlers, then frees the slot. Claiming never
 * blocks and never waits for a lock (it is a compare-and-set on a sequence counter per slot).
 *
 * <p><b>When it is full</b> the record is not queued: {@link QueueHandler#emit} reports it
 * through {@link dev.logwright.Handler#handleError handleError} with an {@link
 * IllegalStateException} ("Queue full"), {@link #droppedCount()} and {@link
 * QueueHandler#getDroppedCount()} count it, and the caller goes on at once: a logging call is
 * never blocked by a slow listener. Size the buffer for bursts; records are never overwritten.
 *
 * <p>Only one listener may consume from a buffer at a time ({@link QueueListener#start()}
 * refuses a second). The listener's {@code stop} sentinel travels as a flagged slot, so no
 * record can be taken for it.
 */
public final class RecordRingBuffer {
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

  private final int capacity;
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
  /** The slot the consumer has handed out and frees on its next take; -1 when none. */
  private long held = -1;

  /**
   * Creates a buffer of {@code capacity} slots, each with an empty record and a 256-character
   * text buffer.
   *
   * @throws IllegalArgumentException if {@code capacity <= 0}
   */
  public RecordRingBuffer(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity <= 0: " + capacity);
    }
    this.capacity = capacity;
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

  /** Returns how many slots are claimed and not yet freed; a snapshot under concurrency. */
  public int size() {
    long used = tail.get() - head;
    return (int) Math.max(0, Math.min(capacity, used));
  }

  /** Returns how many records were refused because the buffer was full. */
  public long droppedCount() {
    return dropped.get();
  }

  private int index(long pos) {
    return (int) (pos % capacity);
  }

  /** Claims the next free slot; returns its position, or -1 (counted as a drop) when full. */
  long tryClaim() {
    long pos = claimOrFull();
    if (pos < 0) {
      dropped.incrementAndGet();
    }
    return pos;
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
    Thread consumer = waitingConsumer;
    if (consumer != null) {
      LockSupport.unpark(consumer);
    }
  }

  /**
   * Queues the stop sentinel, waiting for a free slot while {@code consumer} is alive (it is
   * draining the buffer, so one comes). Returns whether the sentinel was queued.
   */
  boolean putSentinel(Thread consumer) {
    while (true) {
      if (tryPutSentinel()) {
        return true;
      }
      if (!consumer.isAlive()) {
        return false;
      }
      LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(1));
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

  /** Makes the calling listener the only consumer; returns false if another one is attached. */
  boolean attachConsumer() {
    return consumerAttached.compareAndSet(false, true);
  }

  /** Frees the slot still held and lets another listener attach. */
  void detachConsumer() {
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
    return "RecordRingBuffer[capacity=" + capacity + ", size=" + size() + ", dropped="
        + droppedCount() + "]";
  }
}
