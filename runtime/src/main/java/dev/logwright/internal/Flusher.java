package dev.logwright.internal;

import java.io.Flushable;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Flushes buffered handlers in the background, so that a record never waits in a buffer longer
 * than its handler's bound, and once more when the JVM shuts down normally.
 *
 * <p>One daemon thread ({@code logwright-flusher}) serves every buffered handler of the process;
 * it and the shutdown hook are created by the first registration, so a program that buffers
 * nothing starts no thread. Flushing takes each handler's lock, so a handler stuck in a write
 * delays the others' flushes until it returns.
 */
public final class Flusher {
  private static final Set<Flushable> REGISTERED =
      Collections.newSetFromMap(new ConcurrentHashMap<Flushable, Boolean>());

  private Flusher() {}

  /** A registration; {@link #cancel()} stops the periodic flush (it does not flush). */
  public static final class Registration {
    private final Flushable target;
    private final ScheduledFuture<?> task;

    Registration(Flushable target, ScheduledFuture<?> task) {
      this.target = target;
      this.task = task;
    }

    public void cancel() {
      task.cancel(false);
      REGISTERED.remove(target);
    }
  }

  /**
   * Flushes {@code target} every {@code periodMillis} milliseconds until cancelled, and at
   * shutdown if still registered then. Exceptions from {@code flush} are the target's to report;
   * any that escape are ignored, so that one failure does not stop the next flush.
   */
  public static Registration register(Flushable target, long periodMillis) {
    REGISTERED.add(target);
    ScheduledFuture<?> task = Holder.EXECUTOR.scheduleWithFixedDelay(
        new FlushTask(target), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    return new Registration(target, task);
  }

  private static void flushQuietly(Flushable target) {
    try {
      target.flush();
    } catch (Exception ignored) {
      // The handler reported it, or the next flush will try again.
    }
  }

  private static final class FlushTask implements Runnable {
    private final Flushable target;

    FlushTask(Flushable target) {
      this.target = target;
    }

    @Override
    public void run() {
      flushQuietly(target);
    }
  }

  /** Created on first use: the thread, and the hook that flushes what is left at exit. */
  private static final class Holder {
    static final ScheduledThreadPoolExecutor EXECUTOR = start();

    private static ScheduledThreadPoolExecutor start() {
      ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, new Daemon());
      executor.setRemoveOnCancelPolicy(true);
      Runtime.getRuntime().addShutdownHook(new Thread(new FlushAll(), "logwright-shutdown-flush"));
      return executor;
    }
  }

  private static final class FlushAll implements Runnable {
    @Override
    public void run() {
      for (Flushable target : REGISTERED) {
        flushQuietly(target);
      }
    }
  }

  private static final class Daemon implements ThreadFactory {
    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "logwright-flusher");
      t.setDaemon(true);
      return t;
    }
  }
}
