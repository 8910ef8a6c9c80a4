package dev.logwright.benchmarks.startup;

import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.Variant;
import dev.logwright.benchmarks.Workload;
import dev.logwright.benchmarks.tinylog.TinylogSetup;
import java.nio.file.Paths;
import org.tinylog.TaggedLogger;

/** Configures tinylog's rolling file in the directory {@code args[0]}, logs one line, exits. */
public final class TinylogMain {
  private TinylogMain() {}

  public static void main(String[] args) {
    TaggedLogger logger = TinylogSetup.start(BenchDir.of(Paths.get(args[0])), Variant.FLUSH);
    long id = 1_000_000L;
    logger.info("Order {} shipped to {} in {} ms", id, Workload.city(id), Workload.ms(id));
    TinylogSetup.stop();
  }
}
