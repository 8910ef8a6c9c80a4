package dev.logwright.benchmarks.logwright;

import dev.logwright.Logger;
import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.PipelineState;
import dev.logwright.benchmarks.ProducerAllocation;
import dev.logwright.benchmarks.Variant;
import dev.logwright.benchmarks.Workload;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Logwright through the plain {@link Logger}'s fluent call ({@code atInfo().arg(..).log(..)}),
 * whose primitive arguments are not boxed, on the shared workload and the same wiring as {@link
 * LogwrightBench} ({@link LogwrightSetup}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LogwrightFluentBench {
  /** Logwright wired for one variant, as for the plain API's varargs call. */
  public abstract static class FluentState extends PipelineState {
    LogwrightSetup setup;
    Logger logger;

    FluentState(Variant variant) {
      super("logwright-fluent", variant);
    }

    @Override
    protected void start(BenchDir dir, Variant variant) {
      setup = LogwrightSetup.start(dir, variant);
      logger = setup.logger();
    }

    @Override
    protected void probe(long id, String city, int ms) {
      logger.atInfo().arg(id).arg(city).arg(ms).log(LogwrightBench.MESSAGE);
    }

    @Override
    protected void stop() {
      setup.stop();
    }
  }

  @State(Scope.Benchmark)
  public static class Buffered extends FluentState {
    public Buffered() {
      super(Variant.BUFFERED);
    }
  }

  @State(Scope.Benchmark)
  public static class Flush extends FluentState {
    public Flush() {
      super(Variant.FLUSH);
    }
  }

  @State(Scope.Benchmark)
  public static class Async extends FluentState {
    public Async() {
      super(Variant.ASYNC);
    }
  }

  /**
   * Records the ring buffer refused in the iteration, as {@code LogwrightBench.Dropped}: the
   * report subtracts them. Counted once, by thread 0, since the count is the queue's.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Dropped {
    public long droppedRecords;
    private long start;
    private boolean counting;

    @Setup(Level.Iteration)
    public void begin(Async p, ThreadParams thread) {
      counting = thread.getThreadIndex() == 0;
      droppedRecords = 0;
      start = p.setup.droppedCount();
    }

    @TearDown(Level.Iteration)
    public void end(Async p) {
      droppedRecords = counting ? p.setup.droppedCount() - start : 0;
    }
  }

  @Benchmark
  public void buffered(Buffered p, Workload w) {
    long id = w.nextId();
    p.logger.atInfo().arg(id).arg(Workload.city(id)).arg(Workload.ms(id)).log(LogwrightBench.MESSAGE);
  }

  @Benchmark
  public void flush(Flush p, Workload w) {
    long id = w.nextId();
    p.logger.atInfo().arg(id).arg(Workload.city(id)).arg(Workload.ms(id)).log(LogwrightBench.MESSAGE);
  }

  @Benchmark
  public void async(Async p, Workload w, ProducerAllocation a, Dropped d) {
    long id = w.nextId();
    p.logger.atInfo().arg(id).arg(Workload.city(id)).arg(Workload.ms(id)).log(LogwrightBench.MESSAGE);
    a.producerCalls++;
  }

  /** DEBUG at level INFO through the fluent call: one level check, the shared no-op call. */
  @Benchmark
  public void disabled(Buffered p, Workload w) {
    long id = w.nextId();
    p.logger.atDebug().arg(id).arg(Workload.city(id)).arg(Workload.ms(id)).log(LogwrightBench.MESSAGE);
  }
}
