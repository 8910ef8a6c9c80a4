package dev.logwright.internal;

import java.time.Clock;
import java.time.Instant;

/** Wall-clock time in nanoseconds, as Python's {@code time.time_ns()}. */
public final class Clocks {
  private Clocks() {}

  /** Returns the current time in nanoseconds since the epoch, from the system clock. */
  public static long epochNanos() {
    return epochNanos(Clock.systemUTC());
  }

  /** Returns {@code clock}'s current time in nanoseconds since the epoch. */
  public static long epochNanos(Clock clock) {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}
