package dev.logwright.benchmarks;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlacementRatesTest {
  @TempDir Path benchTmp;

  @BeforeEach
  void logIntoTheTempDir() {
    System.setProperty("bench.tmp", benchTmp.toString());
  }

  @AfterEach
  void clearProperty() {
    System.clearProperty("bench.tmp");
  }

  @ParameterizedTest
  @ValueSource(strings = {"typed", "fluent"})
  void samplesEveryHalfSecondAfterTheWarmUpAndStopsItsThreads(String framework) throws InterruptedException {
    // Tear-down checks every line the two threads wrote (LineCheck), and fails if one is wrong.
    List<PlacementRates.Sample> samples = PlacementRates.measure(PlacementRates.buffered(framework), 2);

    assertThat(samples).hasSize(2);
    for (PlacementRates.Sample s : samples) {
      assertThat(s.recordsPerSecond).isGreaterThan(0.0);
      assertThat(s.handOverNanos).isGreaterThan(0.0);
    }
    assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName))
        .containsNoneOf("placement-rates-0", "placement-rates-1", "core-distance");
  }

  @Test
  void averagesTheRatesOfOnePlacement() {
    List<PlacementRates.Sample> samples = Arrays.asList(
        new PlacementRates.Sample(6e6, 33), new PlacementRates.Sample(8e6, 40),
        new PlacementRates.Sample(2e6, 160), new PlacementRates.Sample(4e6, 100));

    assertThat(PlacementRates.meanRate(samples, 0, PlacementRates.NEAR_NANOS)).isEqualTo(7e6);
    assertThat(PlacementRates.meanRate(samples, PlacementRates.APART_NANOS, Double.MAX_VALUE))
        .isEqualTo(2e6);
    assertThat(PlacementRates.meanRate(samples, 300, 400)).isNaN();
  }

  @Test
  void namesTheFrameworksItKnowsWhenGivenAnother() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PlacementRates.buffered("jul"));
    assertThat(e).hasMessageThat().contains("typed, plain, fluent, log4j2, logback, tinylog");
  }
}
