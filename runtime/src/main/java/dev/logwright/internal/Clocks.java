package dev.logwright.internal;

import java.time.Clock;
import java.time.Instant;

/**
 * Wall-clock time in nanoseconds, as Python's {@code time.time_ns()}, without allocating.
 *
 * <p>{@code Clock.instant()} allocates an {@code Instant} per call; logging must not. So the
 * time is {@code System.nanoTime()} offset by a calibration against the wall clock. At most once
 * a millisecond (of {@code nanoTime}) the result is compared with {@code
 * System.currentTimeMillis()}, and the calibration is renewed when it strays more than a
 * millisecond (a clock step, NTP slew, suspend): a step of the wall clock shows in the result
 * within a millisecond, while most calls cost one {@code nanoTime} read instead of two clock
 * reads.
 */
public final class Clocks {
  private static final long CHECK_INTERVAL_NANOS = 1_000_000L;

  /** The wall clock's epoch nanoseconds minus {@code nanoTime}, as last calibrated. */
  private static volatile long offset = calibrate();
  // Racy on purpose: two threads may both check; either result is right.
  private static volatile long nextCheck = System.nanoTime();

  private Clocks() {}

  /** Returns the current time in nanoseconds since the epoch, from the system clock. */
  public static long epochNanos() {
    long nano = System.nanoTime();
    long now = nano + offset;
    if (nano - nextCheck < 0) {
      return now;
    }
    nextCheck = nano + CHECK_INTERVAL_NANOS;
    long drift = Math.floorDiv(now, 1_000_000L) - System.currentTimeMillis();
    if (drift > 1 || drift < -1) {
      long renewed = calibrate();
      offset = renewed;
      now = System.nanoTime() + renewed;
    }
    return now;
  }

  /** Returns {@code clock}'s current time in nanoseconds since the epoch. */
  public static long epochNanos(Clock clock) {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  /** Reads the wall clock and returns how far it is ahead of {@code nanoTime}, in nanoseconds. */
  private static long calibrate() {
    Instant wall = Clock.systemUTC().instant();
    return wall.getEpochSecond() * 1_000_000_000L + wall.getNano() - System.nanoTime();
  }
}
