package dev.logwright.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How long one cache line takes to pass between two cores, measured by two threads handing a
 * counter back and forth.
 *
 * <p>On a virtual machine the host decides where the guest's processors run, and moves them: two
 * of them may share a cache (a line passes in a few tens of nanoseconds) or sit on different dies
 * (one to three hundred). Everything two logging threads share, a lock and the buffer behind it,
 * pays that price at each record, so the benchmarks with 2 threads swing with it. Run it on an
 * otherwise idle machine, to see where the processors are now:
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.logwright.benchmarks.CoreDistance 30</pre>
 *
 * prints one figure per half second for 30 seconds.
 */
public final class CoreDistance {
  /** Slot of the counter: the middle of the array, 256 bytes from anything else on the heap. */
  private static final int SLOT = 32;
  /** Hand-overs per timed window: a few tens of microseconds, well inside a time slice. */
  private static final int WINDOW = 256;
  private static final int MAX_WINDOWS = 4096;

  private CoreDistance() {}

  /**
   * Hands a counter between this thread and a helper for about {@code millis} ms, in windows of
   * {@value #WINDOW} hand-overs; returns the nanoseconds of one hand-over (one cache line going
   * from one core to the other) in the fastest tenth of the windows: a window in which another
   * thread took one of the two processors is slow, and falls outside it.
   */
  public static double nanosPerTransfer(int millis) {
    AtomicLongArray line = new AtomicLongArray(2 * SLOT);
    Thread echo = new Thread(() -> {
      long v;
      while (true) {
        while ((v = line.get(SLOT)) % 2 == 0) {
          if (v < 0) {
            return;
          }
          Thread.onSpinWait();
        }
        line.set(SLOT, v + 1);
      }
    }, "core-distance");
    echo.setDaemon(true);
    echo.start();
    long[] windows = new long[MAX_WINDOWS];
    int count = 0;
    long end = System.nanoTime() + millis * 1_000_000L;
    long v = 0;
    long now = System.nanoTime();
    while (now < end && count < windows.length) {
      long start = now;
      for (int i = 0; i < WINDOW / 2; i++) {
        line.set(SLOT, v + 1);
        while ((v = line.get(SLOT)) % 2 != 0) {
          Thread.onSpinWait();
        }
      }
      now = System.nanoTime();
      windows[count++] = now - start;
    }
    line.set(SLOT, -2);
    try {
      echo.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Arrays.sort(windows, 0, count);
    return windows[count / 10] / (double) WINDOW;
  }

  /** Prints {@link #nanosPerTransfer} every half second for {@code args[0]} seconds (default 10). */
  public static void main(String[] args) throws InterruptedException {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    for (int i = 0; i < seconds * 2; i++) {
      System.out.printf(Locale.ROOT, "%.0f ns%n", nanosPerTransfer(50));
      Thread.sleep(450);
    }
  }
}
