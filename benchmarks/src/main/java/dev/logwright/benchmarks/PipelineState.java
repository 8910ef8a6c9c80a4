package dev.logwright.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One framework's logger wired to a rotating file in a fresh directory for the whole trial.
 *
 * <p>Set-up logs one INFO record, so that every variant (the disabled call too) leaves a line to
 * check; tear-down shuts the framework down (which drains queues and flushes buffers), checks the
 * lines with {@link LineCheck} and deletes the directory. Each benchmark runs in its own forked
 * JVM, so a framework's global configuration never meets another variant's.
 */
public abstract class PipelineState {
  private final String framework;
  private final Variant variant;
  private BenchDir dir;

  protected PipelineState(String framework, Variant variant) {
    this.framework = framework;
    this.variant = variant;
  }

  @Setup(Level.Trial)
  public final void setUpPipeline() {
    dir = BenchDir.create(framework + "-" + variant.id());
    start(dir, variant);
    long id = 42;
    probe(id, Workload.city(id), Workload.ms(id));
  }

  @TearDown(Level.Trial)
  public final void tearDownPipeline() {
    if (dir == null) {
      return; // set-up failed before the directory existed; JMH reports that failure
    }
    try {
      stop();
      LineCheck.verify(dir.path());
    } finally {
      dir.close();
    }
  }

  /** Configures the framework for {@code variant}, writing into {@code dir}. */
  protected abstract void start(BenchDir dir, Variant variant);

  /** Logs the workload's message at INFO once. */
  protected abstract void probe(long id, String city, int ms);

  /** Shuts the framework down: every record logged so far is in the file afterwards. */
  protected abstract void stop();
}
