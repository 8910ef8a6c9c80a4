package dev.logwright.benchmarks.tinylog;

import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.PipelineState;
import dev.logwright.benchmarks.Variant;
import dev.logwright.benchmarks.Workload;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tinylog.TaggedLogger;

/** tinylog 2 on the shared workload (no async variant: see {@link TinylogSetup}). */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TinylogBench {
  static final String MESSAGE = "Order {} shipped to {} in {} ms";

  /** tinylog wired for one variant. */
  public abstract static class TinylogState extends PipelineState {
    TaggedLogger logger;

    TinylogState(Variant variant) {
      super("tinylog", variant);
    }

    @Override
    protected void start(BenchDir dir, Variant variant) {
      logger = TinylogSetup.start(dir, variant);
    }

    @Override
    protected void probe(long id, String city, int ms) {
      logger.info(MESSAGE, id, city, ms);
    }

    @Override
    protected void stop() {
      TinylogSetup.stop();
    }
  }

  @State(Scope.Benchmark)
  public static class Buffered extends TinylogState {
    public Buffered() {
      super(Variant.BUFFERED);
    }
  }

  @State(Scope.Benchmark)
  public static class Flush extends TinylogState {
    public Flush() {
      super(Variant.FLUSH);
    }
  }

  @Benchmark
  public void buffered(Buffered p, Workload w) {
    long id = w.nextId();
    p.logger.info(MESSAGE, id, Workload.city(id), Workload.ms(id));
  }

  @Benchmark
  public void flush(Flush p, Workload w) {
    long id = w.nextId();
    p.logger.info(MESSAGE, id, Workload.city(id), Workload.ms(id));
  }

  /** DEBUG at level INFO: tinylog's call is varargs, so this boxes and allocates. */
  @Benchmark
  public void disabled(Buffered p, Workload w) {
    long id = w.nextId();
    p.logger.debug(MESSAGE, id, Workload.city(id), Workload.ms(id));
  }
}
