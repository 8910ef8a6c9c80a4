package dev.logwright.benchmarks.logback;

import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.PipelineState;
import dev.logwright.benchmarks.ProducerAllocation;
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
import org.slf4j.Logger;

/** Logback through the SLF4J API on the shared workload. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LogbackBench {
  static final String MESSAGE = "Order {} shipped to {} in {} ms";

  /** Logback wired for one variant. */
  public abstract static class LogbackState extends PipelineState {
    Logger logger;

    LogbackState(Variant variant) {
      super("logback", variant);
    }

    @Override
    protected void start(BenchDir dir, Variant variant) {
      logger = LogbackSetup.start(dir, variant);
    }

    @Override
    protected void probe(long id, String city, int ms) {
      logger.info(MESSAGE, id, city, ms);
    }

    @Override
    protected void stop() {
      LogbackSetup.stop();
    }
  }

  @State(Scope.Benchmark)
  public static class Buffered extends LogbackState {
    public Buffered() {
      super(Variant.BUFFERED);
    }
  }

  @State(Scope.Benchmark)
  public static class Flush extends LogbackState {
    public Flush() {
      super(Variant.FLUSH);
    }
  }

  @State(Scope.Benchmark)
  public static class Async extends LogbackState {
    public Async() {
      super(Variant.ASYNC);
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

  @Benchmark
  public void async(Async p, Workload w, ProducerAllocation a) {
    long id = w.nextId();
    p.logger.info(MESSAGE, id, Workload.city(id), Workload.ms(id));
    a.producerCalls++;
  }

  /** DEBUG at level INFO: SLF4J's three-argument call is varargs, so this boxes and allocates. */
  @Benchmark
  public void disabled(Buffered p, Workload w) {
    long id = w.nextId();
    p.logger.debug(MESSAGE, id, Workload.city(id), Workload.ms(id));
  }
}
