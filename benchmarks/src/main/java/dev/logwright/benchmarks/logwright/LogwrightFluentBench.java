package dev.logwright.benchmarks.logwright;

import dev.logwright.benchmarks.ProducerAllocation;
import dev.logwright.benchmarks.Workload;
import dev.logwright.benchmarks.logwright.LogwrightBench.Async;
import dev.logwright.benchmarks.logwright.LogwrightBench.Buffered;
import dev.logwright.benchmarks.logwright.LogwrightBench.Dropped;
import dev.logwright.benchmarks.logwright.LogwrightBench.Flush;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Logwright through the plain {@link dev.logwright.Logger}'s fluent call ({@code
 * atInfo().arg(..).log(..)}), whose primitive arguments are not boxed, on the shared workload
 * and the very wiring of {@link LogwrightBench}: its states ({@link LogwrightSetup}) and its
 * count of refused records serve here too.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LogwrightFluentBench {
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

  /**
   * The plain API's buffered wiring, logging through the fluent call, for {@link
   * dev.logwright.benchmarks.PlacementRates}, which logs through a state's {@code probe}.
   */
  public static final class FluentBuffered extends Buffered {
    @Override
    protected void probe(long id, String city, int ms) {
      logger.atInfo().arg(id).arg(city).arg(ms).log(LogwrightBench.MESSAGE);
    }
  }

  /** DEBUG at level INFO through the fluent call: one level check, the shared no-op call. */
  @Benchmark
  public void disabled(Buffered p, Workload w) {
    long id = w.nextId();
    p.logger.atDebug().arg(id).arg(Workload.city(id)).arg(Workload.ms(id)).log(LogwrightBench.MESSAGE);
  }
}
