package dev.logwright.internal;

import dev.logwright.LogRecord;
import org.jspecify.annotations.Nullable;

/**
 * Lets the library's handlers keep one object per logging thread with that thread's reusable
 * record, and find it through the record they are given: no thread-local lookup per record. The
 * logging package installs the one implementation when {@link LogRecord} is initialized, before
 * any record exists.
 *
 * <p>Only a thread's own reusable record, handled on that thread, has a place; for any other
 * record (made by {@code makeRecord}, copied, passed to another thread) {@link #has} is false
 * and the handler does without.
 */
public abstract class ThreadScratch {
  // Volatile: set by the thread that initializes LogRecord, read by every logging thread.
  private static volatile @Nullable ThreadScratch installed;

  /** Installs the implementation; called once, by {@link LogRecord}'s class initializer. */
  public static void install(ThreadScratch implementation) {
    if (installed != null) {
      throw new IllegalStateException("already installed");
    }
    installed = implementation;
  }

  /** Returns whether {@code record} is the calling thread's reusable record. */
  public static boolean has(LogRecord record) {
    return installed().hasPlace(record);
  }

  /** Returns the object kept with {@code record}'s thread, or null if none (or no place). */
  public static @Nullable Object get(LogRecord record) {
    return installed().kept(record);
  }

  /** Keeps {@code value} with {@code record}'s thread, which {@link #has} must have said it may. */
  public static void put(LogRecord record, Object value) {
    installed().keep(record, value);
  }

  private static ThreadScratch installed() {
    ThreadScratch s = installed;
    if (s == null) {
      throw new IllegalStateException("LogRecord is not initialized");
    }
    return s;
  }

  protected abstract boolean hasPlace(LogRecord record);

  protected abstract @Nullable Object kept(LogRecord record);

  protected abstract void keep(LogRecord record, Object value);
}
