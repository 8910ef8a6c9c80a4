package dev.logwright.benchmarks.startup;

import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.Variant;
import dev.logwright.benchmarks.Workload;
import dev.logwright.benchmarks.logwright.LogwrightSetup;
import java.nio.file.Paths;

/** Wires Logwright's rotating file in the directory {@code args[0]}, logs one line, exits. */
public final class LogwrightMain {
  private LogwrightMain() {}

  public static void main(String[] args) {
    LogwrightSetup setup = LogwrightSetup.start(BenchDir.of(Paths.get(args[0])), Variant.FLUSH);
    long id = 1_000_000L;
    setup.logger().info("Order %d shipped to %s in %d ms", id, Workload.city(id), Workload.ms(id));
    setup.stop();
  }
}
