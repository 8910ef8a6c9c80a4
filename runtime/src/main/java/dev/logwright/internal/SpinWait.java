package dev.logwright.internal;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Short busy waits, for the moments when waiting a little beats parking the thread: a parked
 * thread costs microseconds to wake, more than a handler holds its lock to copy a record.
 */
public final class SpinWait {
  private static final boolean HINT = hintAvailable();
  /** How often {@link #lock} retries before it parks: a few microseconds of spinning. */
  private static final int LOCK_SPINS = 256;

  private SpinWait() {}

  /** Hints a busy wait to the processor where the platform can ({@link Thread#onSpinWait()}). */
  @NotOnAndroid
  public static void onSpinWait() {
    if (HINT) {
      Thread.onSpinWait();
    }
  }

  /**
   * Takes {@code lock}, spinning briefly while another thread holds it before parking as {@link
   * ReentrantLock#lock()} does. For locks held only for short moments, by a caller whose own
   * {@link ReentrantLock#tryLock()} has just failed: trying at the call site keeps this class
   * unloaded while the lock is free.
   */
  public static void lock(ReentrantLock lock) {
    for (int i = 0; i < LOCK_SPINS; i++) {
      onSpinWait();
      if (!lock.isLocked() && lock.tryLock()) {
        return;
      }
    }
    lock.lock();
  }

  /** Returns whether {@link Thread#onSpinWait()} exists: Java 9 has it, older Android lacks it. */
  @NotOnAndroid
  private static boolean hintAvailable() {
    try {
      Thread.onSpinWait();
      return true;
    } catch (LinkageError e) {
      return false;
    }
  }
}
