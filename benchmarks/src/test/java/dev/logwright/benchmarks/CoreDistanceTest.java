package dev.logwright.benchmarks;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class CoreDistanceTest {
  @Test
  void measuresAPositiveTimeAndStopsItsHelperThread() {
    double nanos = CoreDistance.nanosPerTransfer(20);

    assertThat(nanos).isGreaterThan(0.0);
    assertThat(Double.isFinite(nanos)).isTrue();
    assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName))
        .doesNotContain("core-distance");
  }
}
