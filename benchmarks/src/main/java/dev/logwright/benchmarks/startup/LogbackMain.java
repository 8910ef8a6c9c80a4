package dev.logwright.benchmarks.startup;

import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.Variant;
import dev.logwright.benchmarks.Workload;
import dev.logwright.benchmarks.logback.LogbackSetup;
import java.nio.file.Paths;
import org.slf4j.Logger;

/** Configures Logback's rotating file in the directory {@code args[0]}, logs one line, exits. */
public final class LogbackMain {
  private LogbackMain() {}

  public static void main(String[] args) {
    Logger logger = LogbackSetup.start(BenchDir.of(Paths.get(args[0])), Variant.FLUSH);
    long id = 1_000_000L;
    logger.info("Order {} shipped to {} in {} ms", id, Workload.city(id), Workload.ms(id));
    LogbackSetup.stop();
  }
}
