package dev.logwright.benchmarks.startup;

import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.Variant;
import dev.logwright.benchmarks.Workload;
import dev.logwright.benchmarks.jul.JulSetup;
import java.nio.file.Paths;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Configures JUL's rotating file handler in the directory {@code args[0]}, logs one line, exits. */
public final class JulMain {
  private JulMain() {}

  public static void main(String[] args) {
    Logger logger = JulSetup.start(BenchDir.of(Paths.get(args[0])), Variant.FLUSH);
    long id = 1_000_000L;
    logger.log(
        Level.INFO,
        "Order {0,number,#} shipped to {1} in {2,number,#} ms",
        new Object[] {id, Workload.city(id), Workload.ms(id)});
    JulSetup.stop(logger);
  }
}
