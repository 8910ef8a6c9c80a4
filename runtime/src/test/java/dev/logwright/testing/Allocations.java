package dev.logwright.testing;

import java.lang.management.ManagementFactory;

/**
 * Counts the bytes the current thread allocates while running an action, through HotSpot's
 * {@code com.sun.management.ThreadMXBean}. A count, not a timing: exact enough to tell zero from
 * one object per call.
 */
public final class Allocations {
  private Allocations() {}

  /** Runs {@code action} {@code warmup} times, then returns the bytes per call over {@code measured} more. */
  public static double bytesPerCall(int warmup, int measured, Runnable action) {
    com.sun.management.ThreadMXBean bean =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    for (int i = 0; i < warmup; i++) {
      action.run();
    }
    long before = bean.getThreadAllocatedBytes(thread);
    for (int i = 0; i < measured; i++) {
      action.run();
    }
    long after = bean.getThreadAllocatedBytes(thread);
    return (after - before) / (double) measured;
  }
}
