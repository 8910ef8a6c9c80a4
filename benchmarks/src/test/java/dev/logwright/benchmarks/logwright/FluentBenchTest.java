package dev.logwright.benchmarks.logwright;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.logwright.Logger;
import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.LineCheck;
import dev.logwright.benchmarks.Variant;
import dev.logwright.benchmarks.Workload;
import dev.logwright.testing.Allocations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fluent row's instrument: through the plain API's set-up ({@link LogwrightSetup}) the
 * fluent call writes the lines the varargs call writes, and its flush and disabled calls
 * allocate nothing once warm.
 */
class FluentBenchTest {
  private static final int CALLS = 2_000;

  @TempDir Path fluentDir;
  @TempDir Path plainDir;

  @Test
  void fluentCallsWriteWhatVarargsCallsWrite() throws IOException {
    for (Variant variant : new Variant[] {Variant.FLUSH, Variant.BUFFERED}) {
      List<String> fluent = lines(fluentDir, variant, true);
      List<String> plain = lines(plainDir, variant, false);
      assertThat(fluent).hasSize(CALLS);
      assertThat(fluent).containsExactlyElementsIn(plain).inOrder();
    }
  }

  @Test
  void fluentFlushAndDisabledCallsAllocateNothingOnceWarm() {
    LogwrightSetup setup = LogwrightSetup.start(BenchDir.of(fluentDir), Variant.FLUSH);
    try {
      Logger logger = setup.logger();
      Workload w = new Workload();
      double enabled = Allocations.bytesPerCall(20_000, 20_000, () -> {
        long id = w.nextId();
        logger.atInfo().arg(id).arg(Workload.city(id)).arg(Workload.ms(id)).log(LogwrightBench.MESSAGE);
      });
      double disabled = Allocations.bytesPerCall(20_000, 20_000, () -> {
        long id = w.nextId();
        logger.atDebug().arg(id).arg(Workload.city(id)).arg(Workload.ms(id)).log(LogwrightBench.MESSAGE);
      });
      // Less than one byte per call, i.e. no object per call (see TypedPipelinesTest).
      assertThat(enabled).isLessThan(1.0);
      assertThat(disabled).isLessThan(1.0);
    } finally {
      setup.stop();
    }
  }

  /** Logs the workload's calls (and one DEBUG call each) for {@code variant}; the lines without time. */
  private static List<String> lines(Path dir, Variant variant, boolean fluent) throws IOException {
    LogwrightSetup setup = LogwrightSetup.start(BenchDir.of(dir), variant);
    try {
      Logger logger = setup.logger();
      Workload w = new Workload();
      for (int i = 0; i < CALLS; i++) {
        long id = w.nextId();
        if (fluent) {
          logger.atInfo().arg(id).arg(Workload.city(id)).arg(Workload.ms(id)).log(LogwrightBench.MESSAGE);
          logger.atDebug().arg(id).arg(Workload.city(id)).arg(Workload.ms(id)).log(LogwrightBench.MESSAGE);
        } else {
          logger.info(LogwrightBench.MESSAGE, id, Workload.city(id), Workload.ms(id));
          logger.debug(LogwrightBench.MESSAGE, id, Workload.city(id), Workload.ms(id));
        }
      }
    } finally {
      setup.stop();
    }
    assertThat(LineCheck.verify(dir)).isEqualTo(1);
    Path log = dir.resolve("logwright.log");
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(log, UTF_8)) {
      lines.add(line.substring(23)); // after yyyy-MM-dd HH:mm:ss,SSS
    }
    Files.delete(log);
    return lines;
  }
}
