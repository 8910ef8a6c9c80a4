package dev.logwright.benchmarks.jul;

import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.PipelineState;
import dev.logwright.benchmarks.Variant;
import dev.logwright.benchmarks.Workload;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** java.util.logging on the shared workload (flush per record only: see {@link JulSetup}). */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JulBench {
  /** {@code MessageFormat}; {@code number,#} keeps the numbers free of grouping commas. */
  static final String MESSAGE = "Order {0,number,#} shipped to {1} in {2,number,#} ms";

  /** JUL wired to its rotating file handler. */
  @State(Scope.Benchmark)
  public static class Flush extends PipelineState {
    Logger logger;

    public Flush() {
      super("jul", Variant.FLUSH);
    }

    @Override
    protected void start(BenchDir dir, Variant variant) {
      logger = JulSetup.start(dir, variant);
    }

    @Override
    protected void probe(long id, String city, int ms) {
      logger.log(Level.INFO, MESSAGE, new Object[] {id, city, ms});
    }

    @Override
    protected void stop() {
      JulSetup.stop(logger);
    }
  }

  @Benchmark
  public void flush(Flush p, Workload w) {
    long id = w.nextId();
    p.logger.log(Level.INFO, MESSAGE, new Object[] {id, Workload.city(id), Workload.ms(id)});
  }

  /** FINE (JUL's DEBUG) at level INFO, through the same call with its argument array. */
  @Benchmark
  public void disabled(Flush p, Workload w) {
    long id = w.nextId();
    p.logger.log(Level.FINE, MESSAGE, new Object[] {id, Workload.city(id), Workload.ms(id)});
  }
}
