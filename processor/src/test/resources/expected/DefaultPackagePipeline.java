import dev.logwright.Handler;
import dev.logwright.Logger;
import dev.logwright.Manager;
import dev.logwright.config.PipelineSupport;
import dev.logwright.handlers.StreamHandler;
import javax.annotation.processing.Generated;

/**
 * The pipeline configured by {@link DefaultPackage}: builds its handlers, installs them, closes them.
 */
@Generated("dev.logwright.processor.LogwrightProcessor")
public final class DefaultPackagePipeline implements DefaultPackage, AutoCloseable {
  private final StreamHandler console;

  private volatile Manager manager = Manager.global();

  private boolean installed;

  private boolean closed;

  private DefaultPackagePipeline() {
    try {
      this.console = newConsole();
    } catch (RuntimeException e) {
      // Close what was built before the failure, so no file or socket leaks.
      closeAll(e);
      throw e;
    }
  }

  /**
   * Builds every handler, targets before the handlers that use them.
   */
  public static DefaultPackagePipeline create() {
    return new DefaultPackagePipeline();
  }

  /**
   * Installs the pipeline in the global logger hierarchy; see {@link #install(Manager)}.
   */
  public DefaultPackagePipeline install() {
    return install(Manager.global());
  }

  /**
   * Sets the level of the root and of each declared logger of {@code manager}'s hierarchy and
   * attaches their handlers. Once only: {@link #close()} detaches them again.
   *
   * @return this pipeline
   * @throws IllegalStateException if already installed or closed
   */
  public synchronized DefaultPackagePipeline install(Manager manager) {
    if (installed || closed) {
      throw new IllegalStateException(installed ? "pipeline already installed" : "pipeline closed");
    }
    this.manager = manager;
    Logger root = manager.getRoot();
    root.setLevel(15);
    root.addHandler(console);
    installed = true;
    return this;
  }

  /**
   * Detaches the handlers from the loggers, stops queue listeners (draining their queues), then
   * closes every handler in reverse build order. Only the first call does anything.
   *
   * @throws RuntimeException the first failure, with later ones suppressed
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (installed) {
      manager.getRoot().removeHandler(console);
    }
    RuntimeException failure = closeAll(null);
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public Handler console() {
    return console;
  }

  private StreamHandler newConsole() {
    StreamHandler handler = new StreamHandler(System.err, null);
    handler.setName("console");
    return handler;
  }

  /**
   * Stops and closes whatever has been built; returns {@code failure} or the first new failure.
   */
  private RuntimeException closeAll(RuntimeException failure) {
    RuntimeException first = failure;
    first = PipelineSupport.close(first, console);
    return first;
  }
}
