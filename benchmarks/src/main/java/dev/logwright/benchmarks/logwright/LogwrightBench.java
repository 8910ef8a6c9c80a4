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

/** Logwright through its plain {@link Logger} API on the shared workload. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LogwrightBench {
  /** Python's printf-style message. */
  static final String MESSAGE = "Order %d shipped to %s in %d ms";

  /** Logwright wired for one variant. */
  public abstract static class LogwrightState extends PipelineState {
    LogwrightSetup setup;
    Logger logger;

    LogwrightState(Variant variant) {
      super("logwright", variant);
    }

    @Override
    protected void start(BenchDir dir, Variant variant) {
      setup = LogwrightSetup.start(dir, variant);
      logger = setup.logger();
    }

    @Override
    protected void probe(long id, String city, int ms) {
      logger.info(MESSAGE, id, city, ms);
    }

    @Override
    protected void stop() {
      setup.stop();
    }
  }

  @State(Scope.Benchmark)
  public static class Buffered extends LogwrightState {
    public Buffered() {
      super(Variant.BUFFERED);
    }
  }

  @State(Scope.Benchmark)
  public static class Flush extends LogwrightState {
    public Flush() {
      super(Variant.FLUSH);
    }
  }

  @State(Scope.Benchmark)
  public static class Async extends LogwrightState {
    public Async() {
      super(Variant.ASYNC);
    }
  }

  /**
   * Records the ring buffer refused in the iteration (0 while the listener runs: the ring waits
   * when full): the report subtracts any, so that the async row counts records that reached the
   * file. Counted once, by thread 0, since the count is the queue's.
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
    p.logger.info(MESSAGE, id, Workload.city(id), Workload.ms(id));
  }

  @Benchmark
  public void flush(Flush p, Workload w) {
    long id = w.nextId();
    p.logger.info(MESSAGE, id, Workload.city(id), Workload.ms(id));
  }

  @Benchmark
  public void async(Async p, Workload w, ProducerAllocation a, Dropped d) {
    long id = w.nextId();
    p.logger.info(MESSAGE, id, Workload.city(id), Workload.ms(id));
    a.producerCalls++;
  }

  /** DEBUG at level INFO through the plain API's varargs call. */
  @Benchmark
  public void disabled(Buffered p, Workload w) {
    long id = w.nextId();
    p.logger.debug(MESSAGE, id, Workload.city(id), Workload.ms(id));
  }
}
