package dev.logwright.internal;

import java.time.Clock;
import java.time.Instant;

/**
 * Wall-clock time in nanoseconds, as Python's {@code time.time_ns()}, without allocating.
 *
 * <p>{@code Clock.instant()} allocates an {@code Instant} per call; logging must not. So the
 * time is {@code System.nanoTime()} offset by a calibration against the wall clock, and the
 * calibration is renewed whenever the result strays more than a millisecond from {@code
 * System.currentTimeMillis()} (a clock step, NTP slew, suspend).
 */
public final class Clocks {
  private static volatile Calibration calibration = Calibration.now();

  private Clocks() {}

  /** Returns the current time in nanoseconds since the epoch, from the system clock. */
  public static long epochNanos() {
    Calibration c = calibration;
    long now = c.epochNanos + (System.nanoTime() - c.nanoTime);
    long drift = Math.floorDiv(now, 1_000_000L) - System.currentTimeMillis();
    if (drift > 1 || drift < -1) {
      c = Calibration.now();
      calibration = c;
      now = c.epochNanos;
    }
    return now;
  }

  /** Returns {@code clock}'s current time in nanoseconds since the epoch. */
  public static long epochNanos(Clock clock) {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  /** A wall-clock reading and the {@code nanoTime} taken with it. */
  private static final class Calibration {
    final long epochNanos;
    final long nanoTime;

    private Calibration(long epochNanos, long nanoTime) {
      this.epochNanos = epochNanos;
      this.nanoTime = nanoTime;
    }

    static Calibration now() {
      Instant wall = Clock.systemUTC().instant();
      long nano = System.nanoTime();
      return new Calibration(wall.getEpochSecond() * 1_000_000_000L + wall.getNano(), nano);
    }
  }
}
