package dev.logwright.internal;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class ClocksTest {
  @Test
  void epochNanosStaysWithinTwoMillisecondsOfTheWallClock() {
    for (int i = 0; i < 10_000; i++) {
      long before = System.currentTimeMillis();
      long nanos = Clocks.epochNanos();
      long after = System.currentTimeMillis();
      assertThat(nanos / 1_000_000L).isAtLeast(before - 2);
      assertThat(nanos / 1_000_000L).isAtMost(after + 2);
    }
  }
}
