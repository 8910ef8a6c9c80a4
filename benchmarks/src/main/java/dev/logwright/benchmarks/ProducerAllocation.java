package dev.logwright.benchmarks;

import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Bytes allocated by the benchmark threads alone, for the async hand-off: {@code -prof gc}
 * counts the writer thread's allocation too, while the goal is about the caller's side.
 *
 * <p>JMH sums both counters over threads and iterations; the report divides {@code
 * producerBytes} by {@code producerCalls}. The thread's allocation counter is read only at the
 * iteration's edges, never inside the measured loop.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ProducerAllocation {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Logging calls made by this thread in the iteration. */
  public long producerCalls;
  /** Bytes this thread allocated in the iteration, JMH's own bookkeeping included. */
  public long producerBytes;

  private long start;

  @Setup(Level.Iteration)
  public void begin() {
    producerCalls = 0;
    producerBytes = 0;
    start = THREADS.getCurrentThreadAllocatedBytes();
  }

  @TearDown(Level.Iteration)
  public void end() {
    producerBytes = THREADS.getCurrentThreadAllocatedBytes() - start;
  }
}
