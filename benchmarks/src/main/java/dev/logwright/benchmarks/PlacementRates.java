package dev.logwright.benchmarks;

import dev.logwright.benchmarks.log4j2.Log4j2Bench;
import dev.logwright.benchmarks.logback.LogbackBench;
import dev.logwright.benchmarks.logwright.LogwrightBench;
import dev.logwright.benchmarks.logwright.LogwrightFluentBench;
import dev.logwright.benchmarks.logwright.LogwrightTypedBench;
import dev.logwright.benchmarks.tinylog.TinylogBench;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One framework's buffered rotating file, logged to by two threads, with the rate of each half
 * second set beside {@linkplain CoreDistance where the host ran the two processors} just after
 * it: the loggers pause for the 30 ms that measurement takes.
 *
 * <p>It answers what JMH's averages cannot: how each framework's 2-thread rate depends on the
 * placement, measured in the same stretch of time. Run one framework per JVM, as JMH does, since
 * their configuration is global:
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.logwright.benchmarks.PlacementRates typed 60</pre>
 *
 * prints a line per half second and, at the end, the mean rate of the half seconds with the
 * processors {@linkplain #NEAR_NANOS near} (sharing a cache) and {@linkplain #APART_NANOS apart}.
 * Frameworks: {@code typed}, {@code plain} (the varargs call), {@code fluent} (the plain API's
 * fluent call), {@code log4j2}, {@code logback}, {@code tinylog}.
 */
public final class PlacementRates {
  /** A cache line passing in less than this: the processors share a cache. */
  static final double NEAR_NANOS = 80;
  /** A cache line passing in more than this: the processors sit on different dies. */
  static final double APART_NANOS = 150;

  /** The frameworks {@link #buffered} knows, as the usage and its error name them. */
  static final String FRAMEWORKS = "typed, plain, fluent, log4j2, logback, tinylog";

  private static final long HALF_SECOND_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
  private static final int PROBE_MILLIS = 30;
  /** Counts are published every this many records, so that publishing costs nothing measurable. */
  private static final int PUBLISH_EVERY = 256;

  private PlacementRates() {}

  /** The rate of half a second of logging and the hand-over time measured right after it. */
  static final class Sample {
    final double recordsPerSecond;
    final double handOverNanos;

    Sample(double recordsPerSecond, double handOverNanos) {
      this.recordsPerSecond = recordsPerSecond;
      this.handOverNanos = handOverNanos;
    }

    /** Whether the hand-over time lies in [{@code min}, {@code max}). */
    boolean placedWithin(double min, double max) {
      return handOverNanos >= min && handOverNanos < max;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.2f M records/s, hand-over %.0f ns",
          recordsPerSecond / 1e6, handOverNanos);
    }
  }

  /** The framework's buffered pipeline, as its JMH benchmark wires it. */
  static PipelineState buffered(String framework) {
    switch (framework) {
      case "typed":
        return new LogwrightTypedBench.Buffered();
      case "plain":
        return new LogwrightBench.Buffered();
      case "fluent":
        return new LogwrightFluentBench.FluentBuffered();
      case "log4j2":
        return new Log4j2Bench.Buffered();
      case "logback":
        return new LogbackBench.Buffered();
      case "tinylog":
        return new TinylogBench.Buffered();
      default:
        throw new IllegalArgumentException("unknown framework '" + framework + "' (" + FRAMEWORKS + ")");
    }
  }

  /**
   * Logs through {@code pipeline} from two threads for {@code halfSeconds} half seconds after one
   * of warm-up, and returns a sample per half second. Sets the pipeline up and tears it down,
   * which checks every line written.
   */
  static List<Sample> measure(PipelineState pipeline, int halfSeconds) throws InterruptedException {
    pipeline.setUpPipeline();
    Loggers loggers = new Loggers(pipeline);
    List<Sample> samples = new ArrayList<>();
    try {
      loggers.start();
      for (int i = 0; i <= halfSeconds; i++) {
        long before = loggers.count();
        long start = System.nanoTime();
        LockSupport.parkNanos(HALF_SECOND_NANOS);
        long after = loggers.count();
        long elapsed = System.nanoTime() - start;
        loggers.pause();
        double handOver = CoreDistance.nanosPerTransfer(PROBE_MILLIS);
        loggers.resume();
        if (i > 0) { // the first half second is warm-up
          samples.add(new Sample((after - before) * 1e9 / elapsed, handOver));
        }
      }
    } finally {
      loggers.stop();
      pipeline.tearDownPipeline();
    }
    return samples;
  }

  /** The mean rate of the samples whose hand-over time lies in [{@code min}, {@code max}); NaN if none. */
  static double meanRate(List<Sample> samples, double min, double max) {
    double sum = 0;
    int n = 0;
    for (Sample s : samples) {
      if (s.placedWithin(min, max)) {
        sum += s.recordsPerSecond;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** {@code args}: a framework (see the class comment) and the seconds to run (default 30). */
  public static void main(String[] args) throws InterruptedException {
    if (args.length < 1) {
      System.err.println("usage: PlacementRates framework [seconds], the framework one of " + FRAMEWORKS);
      System.exit(2);
    }
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    List<Sample> samples = measure(buffered(args[0]), seconds * 2);
    for (Sample s : samples) {
      System.out.println(s);
    }
    System.out.printf(Locale.ROOT, "%s: near %s, apart %s (M records/s)%n", args[0],
        summary(samples, 0, NEAR_NANOS), summary(samples, APART_NANOS, Double.MAX_VALUE));
  }

  private static String summary(List<Sample> samples, double min, double max) {
    double mean = meanRate(samples, min, max);
    long n = samples.stream().filter(s -> s.placedWithin(min, max)).count();
    return Double.isNaN(mean) ? "none measured"
        : String.format(Locale.ROOT, "%.2f over %d half seconds", mean / 1e6, n);
  }

  /** Two threads logging the workload in a loop, each counting what it logged. */
  private static final class Loggers {
    private final PipelineState pipeline;
    private final Thread[] threads = new Thread[2];
    /** Each thread's count, 16 longs apart so that the two never share a cache line. */
    private final long[] counts = new long[48];
    private volatile boolean paused;
    private volatile boolean stopped;

    Loggers(PipelineState pipeline) {
      this.pipeline = pipeline;
    }

    void start() {
      for (int t = 0; t < threads.length; t++) {
        int slot = 16 * (t + 1);
        threads[t] = new Thread(() -> run(slot), "placement-rates-" + t);
        threads[t].start();
      }
    }

    private void run(int slot) {
      long id = 1_000_000L * slot;
      long logged = 0;
      while (!stopped) {
        while (paused && !stopped) {
          LockSupport.parkNanos(50_000);
        }
        pipeline.probe(id, Workload.city(id), Workload.ms(id));
        id++;
        if (++logged % PUBLISH_EVERY == 0) {
          synchronized (counts) { // rare: once per PUBLISH_EVERY records
            counts[slot] = logged;
          }
        }
      }
    }

    long count() {
      synchronized (counts) {
        return counts[16] + counts[32];
      }
    }

    void pause() throws InterruptedException {
      paused = true;
      Thread.sleep(2); // lets a call under way return
    }

    void resume() {
      paused = false;
    }

    void stop() throws InterruptedException {
      stopped = true;
      for (Thread t : threads) {
        if (t != null) {
          t.join();
        }
      }
    }
  }
}
