package dev.logwright.handlers;

import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import org.jspecify.annotations.Nullable;

/**
 * Buffers records and hands them to a target handler when the buffer is full or a record at
 * {@code flushLevel} or above arrives, as Python's {@code logging.handlers.MemoryHandler}.
 *
 * <p>The target receives the buffered records, oldest first, through its {@link Handler#handle}
 * (so its filters apply; its level does not, as in Python). Without a target, {@link #flush()}
 * keeps the records: they stay buffered, beyond {@code capacity} if need be, until a target is
 * {@linkplain #setTarget set} and the next flush (CPython 3.6+ behaviour; nothing is dropped).
 *
 * <p>{@link #close()} flushes only when {@code flushOnClose} is {@code true} (the default), then
 * forgets the target; records still buffered (or emitted after close) stay in the buffer until a
 * new target is set and a flush happens. Closing twice is harmless.
 */
public class MemoryHandler extends BufferingHandler {
  private final int flushLevel;
  private final boolean flushOnClose;
  private @Nullable Handler target;

  /** A handler of {@code capacity} records that flushes at {@link Level#ERROR}, without target. */
  public MemoryHandler(int capacity) {
    this(capacity, Level.ERROR, null, true);
  }

  /** A handler of {@code capacity} records that flushes at {@code flushLevel}, without target. */
  public MemoryHandler(int capacity, int flushLevel) {
    this(capacity, flushLevel, null, true);
  }

  /** A handler of {@code capacity} records flushing to {@code target} at {@code flushLevel}. */
  public MemoryHandler(int capacity, int flushLevel, @Nullable Handler target) {
    this(capacity, flushLevel, target, true);
  }

  /**
   * Creates a handler as Python's {@code MemoryHandler(capacity, flushLevel=ERROR, target=None,
   * flushOnClose=True)}.
   *
   * @param capacity number of buffered records that triggers a flush; must be positive
   * @param flushLevel a record at this level or above triggers a flush
   * @param target the handler the records go to; {@code null} keeps them until one is set
   * @param flushOnClose whether {@link #close()} hands the buffered records to the target
   *     (Python bpo-26559 added the switch; {@code true} is the historical behaviour)
   * @throws IllegalArgumentException if {@code capacity <= 0}
   */
  public MemoryHandler(
      int capacity, int flushLevel, @Nullable Handler target, boolean flushOnClose) {
    super(capacity);
    this.flushLevel = flushLevel;
    this.target = target;
    this.flushOnClose = flushOnClose;
  }

  /** Returns the level at or above which a record triggers a flush. */
  public int getFlushLevel() {
    return flushLevel;
  }

  /** Returns whether {@link #close()} hands the buffered records to the target. */
  public boolean getFlushOnClose() {
    return flushOnClose;
  }

  /** Returns the handler flushed records go to; {@code null} when there is none. */
  public @Nullable Handler getTarget() {
    lock.lock();
    try {
      return target;
    } finally {
      lock.unlock();
    }
  }

  /** Sets the handler that flushed records go to; {@code null} keeps records buffered. */
  public void setTarget(@Nullable Handler target) {
    lock.lock();
    try {
      this.target = target;
    } finally {
      lock.unlock();
    }
  }

  /** Returns whether the buffer is full or {@code record} is at {@code flushLevel} or above. */
  @Override
  public boolean shouldFlush(LogRecord record) {
    return buffer.size() >= getCapacity() || record.getLevelno() >= flushLevel;
  }

  /**
   * Hands every buffered record to the target, oldest first, then empties the buffer; does
   * nothing when there is no target. A record is removed only once the target has taken it,
   * so a target that throws loses nothing: the rest stays buffered for the next flush.
   */
  @Override
  public void flush() {
    lock.lock();
    try {
      Handler t = target;
      if (t == null) {
        return;
      }
      int handed = 0;
      try {
        for (LogRecord record : buffer) {
          t.handle(record);
          handed++;
        }
      } finally {
        buffer.subList(0, handed).clear();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Flushes if {@code flushOnClose}, then drops the target and closes. Records left in the
   * buffer are kept (see the class comment).
   */
  @Override
  public void close() {
    try {
      if (flushOnClose) {
        flush();
      }
    } finally {
      lock.lock();
      try {
        target = null;
        // BufferingHandler.close flushes again: without a target that keeps the records.
        super.close();
      } finally {
        lock.unlock();
      }
    }
  }
}
