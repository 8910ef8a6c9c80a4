package files;

import dev.logwright.Formatter;
import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.Logger;
import dev.logwright.Manager;
import dev.logwright.config.FormatSupport;
import dev.logwright.config.PipelineSupport;
import dev.logwright.config.Placeholders;
import dev.logwright.handlers.FileHandler;
import dev.logwright.handlers.NullHandler;
import dev.logwright.handlers.TimedRotatingFileHandler;
import dev.logwright.handlers.WatchedFileHandler;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import javax.annotation.processing.Generated;

/**
 * The pipeline configured by {@link FileLogging}: builds its handlers, installs them, closes them.
 */
@Generated("dev.logwright.processor.LogwrightProcessor")
public final class FileLoggingPipeline implements FileLogging, AutoCloseable {
  private final FileHandler plain;

  private final WatchedFileHandler watched;

  private final TimedRotatingFileHandler daily;

  private final NullHandler quiet;

  private volatile Manager manager = Manager.global();

  private boolean installed;

  private boolean closed;

  private FileLoggingPipeline() {
    try {
      this.plain = newPlain();
      this.watched = newWatched();
      this.daily = newDaily();
      this.quiet = newQuiet();
    } catch (RuntimeException e) {
      // Close what was built before the failure, so no file or socket leaks.
      closeAll(e);
      throw e;
    }
  }

  /**
   * Builds every handler, targets before the handlers that use them.
   */
  public static FileLoggingPipeline create() {
    return new FileLoggingPipeline();
  }

  /**
   * Installs the pipeline in the global logger hierarchy; see {@link #install(Manager)}.
   */
  public FileLoggingPipeline install() {
    return install(Manager.global());
  }

  /**
   * Sets the level of the root and of each declared logger of {@code manager}'s hierarchy and
   * attaches their handlers. Once only: {@link #close()} detaches them again.
   *
   * @return this pipeline
   * @throws IllegalStateException if already installed or closed
   */
  public synchronized FileLoggingPipeline install(Manager manager) {
    if (installed || closed) {
      throw new IllegalStateException(installed ? "pipeline already installed" : "pipeline closed");
    }
    this.manager = manager;
    Logger root = manager.getRoot();
    root.setLevel(Level.DEBUG);
    root.addHandler(plain);
    root.addHandler(watched);
    root.addHandler(daily);
    root.addHandler(quiet);
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
      manager.getRoot().removeHandler(plain);
      manager.getRoot().removeHandler(watched);
      manager.getRoot().removeHandler(daily);
      manager.getRoot().removeHandler(quiet);
    }
    RuntimeException failure = closeAll(null);
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public Handler plain() {
    return plain;
  }

  @Override
  public Handler watched() {
    return watched;
  }

  @Override
  public Handler daily() {
    return daily;
  }

  @Override
  public Handler quiet() {
    return quiet;
  }

  private FileHandler newPlain() {
    FileHandler handler = new FileHandler("plain.log", "w", Charset.forName("ISO-8859-1"), true);
    handler.setName("plain");
    handler.addFilter(new FileLogging.OnlyApp());
    return handler;
  }

  private WatchedFileHandler newWatched() {
    Formatter format = new WatchedFormat();
    WatchedFileHandler handler = new WatchedFileHandler(Placeholders.resolve("${LOG_DIR}/watched.log"),
        "a", StandardCharsets.UTF_8, false);
    handler.setName("watched");
    handler.setFormatter(format);
    return handler;
  }

  private TimedRotatingFileHandler newDaily() {
    TimedRotatingFileHandler handler = new TimedRotatingFileHandler("daily.log", "W6", 1, 4, null,
        false, true, LocalTime.parse("03:30"));
    handler.setNamer(this::gzName);
    handler.setRotator(FileLogging::move);
    handler.setName("daily");
    return handler;
  }

  private NullHandler newQuiet() {
    NullHandler handler = new NullHandler();
    handler.setName("quiet");
    return handler;
  }

  /**
   * Stops and closes whatever has been built; returns {@code failure} or the first new failure.
   */
  private RuntimeException closeAll(RuntimeException failure) {
    RuntimeException first = failure;
    first = PipelineSupport.close(first, quiet);
    first = PipelineSupport.close(first, daily);
    first = PipelineSupport.close(first, watched);
    first = PipelineSupport.close(first, plain);
    return first;
  }

  /**
   * Compiled from "%(process)d %(thread)d %(lineno)05d %(relativeCreated)d %(funcName)s: %(message)s".
   */
  private static final class WatchedFormat extends Formatter {
    WatchedFormat() {
      super("%(process)d %(thread)d %(lineno)05d %(relativeCreated)d %(funcName)s: %(message)s", null, '%', true);
    }

    @Override
    public void format(LogRecord record, StringBuilder out) {
      int start = out.length();
      record.markMessageMerged();
      out.append(record.getProcess());
      out.append(' ');
      out.append(record.getThread());
      out.append(' ');
      FormatSupport.appendInt(out, record.getLineno(), 5, false, true);
      out.append(' ');
      out.append((long) record.getRelativeCreated());
      out.append(' ');
      FormatSupport.appendStr(out, record.getFuncName());
      out.append(": ");
      record.appendMessage(out);
      FormatSupport.appendTail(this, record, out, start);
    }

    @Override
    public boolean isThreadSafe() {
      return true;
    }
  }
}
