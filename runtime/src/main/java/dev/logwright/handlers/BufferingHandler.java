package dev.logwright.handlers;

import dev.logwright.Handler;
import dev.logwright.LogRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps records in memory and decides after each one whether to flush, as Python's {@code
 * logging.handlers.BufferingHandler}.
 *
 * <p>{@link #emit} appends a {@linkplain LogRecord#copy() copy} of the record (loggers reuse
 * their records, so the original cannot be kept) and calls {@link #flush()} when {@link
 * #shouldFlush} says so. This base class's {@code flush} simply empties the buffer: subclasses
 * such as {@link MemoryHandler} override it to send the records somewhere first.
 *
 * <p>{@link #close()} flushes, then closes; closing twice flushes an empty buffer. A record
 * emitted after {@code close} is buffered as before: closing a handler does not stop it, as in
 * Python.
 */
public class BufferingHandler extends Handler {
  /**
   * The buffered records, oldest first. Read and change it only while holding {@link #lock}, as
   * {@link #emit} and {@link #flush} do.
   */
  protected final List<LogRecord> buffer;

  private final int capacity;

  /**
   * Creates a handler that flushes once {@code capacity} records are buffered.
   *
   * @throws IllegalArgumentException if {@code capacity <= 0}
   */
  public BufferingHandler(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity <= 0: " + capacity);
    }
    this.capacity = capacity;
    this.buffer = new ArrayList<>(Math.min(capacity, 1024));
  }

  /** Returns the number of records at which {@link #shouldFlush} (as defined here) says yes. */
  public int getCapacity() {
    return capacity;
  }

  /** Returns a snapshot of the buffered records, oldest first. */
  public List<LogRecord> getBuffer() {
    lock.lock();
    try {
      return new ArrayList<>(buffer);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns whether the buffer should be flushed now that {@code record} was appended: here,
   * when it holds {@linkplain #getCapacity() capacity} records or more. Called with the lock
   * held. Override for other strategies.
   */
  public boolean shouldFlush(LogRecord record) {
    return buffer.size() >= capacity;
  }

  /** Appends a copy of {@code record}, then flushes if {@link #shouldFlush} says so. */
  @Override
  public void emit(LogRecord record) {
    try {
      lock.lock();
      try {
        buffer.add(record.copy());
        if (shouldFlush(record)) {
          flush();
        }
      } finally {
        lock.unlock();
      }
    } catch (Exception e) {
      handleError(record, e);
    }
  }

  /** Empties the buffer, dropping its records. Override to send them somewhere first. */
  @Override
  public void flush() {
    lock.lock();
    try {
      buffer.clear();
    } finally {
      lock.unlock();
    }
  }

  /** Flushes, then closes the handler. Safe to call more than once. */
  @Override
  public void close() {
    try {
      flush();
    } finally {
      super.close();
    }
  }
}
