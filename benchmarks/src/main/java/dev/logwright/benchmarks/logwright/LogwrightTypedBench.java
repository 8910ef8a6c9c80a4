package dev.logwright.benchmarks.logwright;

import dev.logwright.benchmarks.BenchDir;
import dev.logwright.benchmarks.PipelineState;
import dev.logwright.benchmarks.ProducerAllocation;
import dev.logwright.benchmarks.Variant;
import dev.logwright.benchmarks.Workload;
import dev.logwright.handlers.QueueHandler;
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
 * Logwright through the typed logger {@link TypedOrders} into the generated pipelines {@link
 * TypedBufferedLogging} (buffered), {@link TypedFileLogging} (flush) and {@link
 * TypedQueueLogging} (async, its file buffered), on the shared workload: the same wiring as the
 * plain API's {@link LogwrightBench}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LogwrightTypedBench {
  /** The system property the pipelines' {@code ${BENCH_TYPED_DIR}} placeholder resolves from. */
  static final String DIR_PROPERTY = "BENCH_TYPED_DIR";

  /** A generated pipeline installed in the global hierarchy, and the typed logger on it. */
  public abstract static class TypedState extends PipelineState {
    AutoCloseable pipeline;
    /** Null unless async. */
    QueueHandler queue;
    TypedOrders orders;

    TypedState(Variant variant) {
      super("logwright-typed", variant);
    }

    @Override
    protected void start(BenchDir dir, Variant variant) {
      System.setProperty(DIR_PROPERTY, dir.path().toString());
      try {
        if (variant == Variant.ASYNC) {
          // The ring waits when full (TypedQueueLogging): nothing is refused while it runs.
          TypedQueueLoggingPipeline p = TypedQueueLoggingPipeline.create().install();
          queue = p.queue();
          pipeline = p;
        } else if (variant == Variant.BUFFERED) {
          pipeline = TypedBufferedLoggingPipeline.create().install();
        } else {
          pipeline = TypedFileLoggingPipeline.create().install();
        }
      } finally {
        System.clearProperty(DIR_PROPERTY);
      }
      orders = TypedOrdersImpl.create();
    }

    @Override
    protected void probe(long id, String city, int ms) {
      orders.shipped(id, city, ms);
    }

    /** Records the queue refused because it was full; 0 unless async. */
    long droppedCount() {
      QueueHandler q = queue;
      return q == null ? 0 : q.getDroppedCount();
    }

    /** Closing the pipeline drains the queue, then closes the file (writing what it buffered). */
    @Override
    protected void stop() {
      try {
        pipeline.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the pipeline failed", e);
      }
    }
  }

  @State(Scope.Benchmark)
  public static class Buffered extends TypedState {
    public Buffered() {
      super(Variant.BUFFERED);
    }
  }

  @State(Scope.Benchmark)
  public static class Flush extends TypedState {
    public Flush() {
      super(Variant.FLUSH);
    }
  }

  @State(Scope.Benchmark)
  public static class Async extends TypedState {
    public Async() {
      super(Variant.ASYNC);
    }
  }

  /**
   * Records the queue refused in the iteration, as {@code LogwrightBench.Dropped} (0 while the
   * listener runs: the ring waits when full): the report subtracts any. Counted once, by thread
   * 0, since the count is the queue's.
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
      start = p.droppedCount();
    }

    @TearDown(Level.Iteration)
    public void end(Async p) {
      droppedRecords = counting ? p.droppedCount() - start : 0;
    }
  }

  @Benchmark
  public void buffered(Buffered p, Workload w) {
    long id = w.nextId();
    p.orders.shipped(id, Workload.city(id), Workload.ms(id));
  }

  @Benchmark
  public void flush(Flush p, Workload w) {
    long id = w.nextId();
    p.orders.shipped(id, Workload.city(id), Workload.ms(id));
  }

  @Benchmark
  public void async(Async p, Workload w, ProducerAllocation a, Dropped d) {
    long id = w.nextId();
    p.orders.shipped(id, Workload.city(id), Workload.ms(id));
    a.producerCalls++;
  }

  /** DEBUG at level INFO through the typed logger: one level check, no arguments rendered. */
  @Benchmark
  public void disabled(Flush p, Workload w) {
    long id = w.nextId();
    p.orders.shippedDebug(id, Workload.city(id), Workload.ms(id));
  }
}
