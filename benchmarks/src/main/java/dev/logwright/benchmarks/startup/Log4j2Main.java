package dev.logwright.benchmarks.startup;

import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.Variant;
import dev.logwright.benchmarks.Workload;
import dev.logwright.benchmarks.log4j2.Log4j2Setup;
import java.nio.file.Paths;
import org.apache.logging.log4j.Logger;

/** Configures Log4j2's rotating file in the directory {@code args[0]}, logs one line, exits. */
public final class Log4j2Main {
  private Log4j2Main() {}

  public static void main(String[] args) {
    Logger logger = Log4j2Setup.start(BenchDir.of(Paths.get(args[0])), Variant.FLUSH);
    long id = 1_000_000L;
    logger.info("Order {} shipped to {} in {} ms", id, Workload.city(id), Workload.ms(id));
    Log4j2Setup.stop();
  }
}
