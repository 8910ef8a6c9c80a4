package dev.logwright.benchmarks.startup;

import dev.logwright.benchmarks.Workload;
import dev.logwright.benchmarks.logwright.TypedFileLoggingPipeline;
import dev.logwright.benchmarks.logwright.TypedOrders;
import dev.logwright.benchmarks.logwright.TypedOrdersImpl;

/**
 * Installs the generated pipeline {@code TypedFileLoggingPipeline} (the rotating file in the
 * directory {@code args[0]}), logs one line through the typed logger {@link TypedOrders}, exits.
 */
public final class LogwrightTypedMain {
  private LogwrightTypedMain() {}

  public static void main(String[] args) {
    System.setProperty("BENCH_TYPED_DIR", args[0]);
    try (TypedFileLoggingPipeline pipeline = TypedFileLoggingPipeline.create().install()) {
      long id = 1_000_000L;
      TypedOrdersImpl.create().shipped(id, Workload.city(id), Workload.ms(id));
    }
  }
}
