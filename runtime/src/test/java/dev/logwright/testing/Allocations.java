package dev.logwright.testing;

import java.lang.management.ManagementFactory;

/**
 * Measures the bytes the current thread allocates, through HotSpot's {@code
 * com.sun.management.ThreadMXBean}; {@link #supported()} says whether this JVM can.
 */
public final class Allocations {
  private static final java.lang.management.ThreadMXBean BEAN = ManagementFactory.getThreadMXBean();

  private Allocations() {}

  /** Returns whether the JVM reports per-thread allocation. */
  public static boolean supported() {
    return BEAN instanceof com.sun.management.ThreadMXBean
        && ((com.sun.management.ThreadMXBean) BEAN).isThreadAllocatedMemorySupported()
        && ((com.sun.management.ThreadMXBean) BEAN).isThreadAllocatedMemoryEnabled();
  }

  /** Returns the bytes the current thread has allocated so far. */
  public static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) BEAN).getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  /** Runs {@code action} {@code times} times and returns the bytes allocated meanwhile. */
  public static long during(int times, Runnable action) {
    long before = allocatedBytes();
    for (int i = 0; i < times; i++) {
      action.run();
    }
    return allocatedBytes() - before;
  }
}
