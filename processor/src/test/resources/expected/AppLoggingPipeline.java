package app;

import dev.logwright.Formatter;
import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.Logger;
import dev.logwright.Manager;
import dev.logwright.config.FormatSupport;
import dev.logwright.config.PipelineSupport;
import dev.logwright.config.Placeholders;
import dev.logwright.handlers.QueueHandler;
import dev.logwright.handlers.QueueListener;
import dev.logwright.handlers.RecordRingBuffer;
import dev.logwright.handlers.RotatingFileHandler;
import dev.logwright.handlers.StreamHandler;
import dev.logwright.handlers.SysLogHandler;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javax.annotation.processing.Generated;

/**
 * The pipeline configured by {@link AppLogging}: builds its handlers, installs them, closes them.
 */
@Generated("dev.logwright.processor.LogwrightProcessor")
public final class AppLoggingPipeline implements AppLogging, AutoCloseable {
  private final StreamHandler console;

  private final RotatingFileHandler file;

  private final SysLogHandler syslog;

  private final QueueHandler background;

  private volatile QueueListener backgroundListener;

  private final QueueHandler audit;

  private volatile QueueListener auditListener;

  private volatile Manager manager = Manager.global();

  private boolean installed;

  private boolean closed;

  private AppLoggingPipeline() {
    try {
      this.console = newConsole();
      this.file = newFile();
      this.syslog = newSyslog();
      this.background = newBackground();
      this.audit = newAudit();
    } catch (RuntimeException e) {
      // Close what was built before the failure, so no file or socket leaks.
      closeAll(e);
      throw e;
    }
  }

  /**
   * Builds every handler, targets before the handlers that use them.
   */
  public static AppLoggingPipeline create() {
    FormatSupport.prefetchDefaultZone();
    return new AppLoggingPipeline();
  }

  /**
   * Installs the pipeline in the global logger hierarchy; see {@link #install(Manager)}.
   */
  public AppLoggingPipeline install() {
    return install(Manager.global());
  }

  /**
   * Sets the level of the root and of each declared logger of {@code manager}'s hierarchy and
   * attaches their handlers. Once only: {@link #close()} detaches them again.
   *
   * @return this pipeline
   * @throws IllegalStateException if already installed or closed
   */
  public synchronized AppLoggingPipeline install(Manager manager) {
    if (installed || closed) {
      throw new IllegalStateException(installed ? "pipeline already installed" : "pipeline closed");
    }
    this.manager = manager;
    Logger root = manager.getRoot();
    root.setLevel(Level.INFO);
    root.addHandler(console);
    root.addHandler(file);
    Logger dbLogger = manager.getLogger("app.db");
    dbLogger.setLevel(Level.WARNING);
    dbLogger.setPropagate(false);
    dbLogger.addHandler(background);
    Logger auditLoggerLogger = manager.getLogger("app.audit");
    auditLoggerLogger.setPropagate(false);
    auditLoggerLogger.addHandler(audit);
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
      manager.getRoot().removeHandler(file);
      manager.getLogger("app.db").removeHandler(background);
      manager.getLogger("app.audit").removeHandler(audit);
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

  @Override
  public Handler file() {
    return file;
  }

  @Override
  public Handler syslog() {
    return syslog;
  }

  @Override
  public Handler background() {
    return background;
  }

  @Override
  public Handler audit() {
    return audit;
  }

  /**
   * Returns the logger "app.db" of the hierarchy the pipeline is installed in.
   */
  @Override
  public Logger db() {
    return manager.getLogger("app.db");
  }

  /**
   * Returns the logger "app.audit" of the hierarchy the pipeline is installed in.
   */
  @Override
  public Logger auditLogger() {
    return manager.getLogger("app.audit");
  }

  private StreamHandler newConsole() {
    Formatter format = new ConsoleFormat();
    StreamHandler handler = new StreamHandler(System.err, null);
    handler.setName("console");
    handler.setFormatter(format);
    return handler;
  }

  private RotatingFileHandler newFile() {
    Formatter format = new FileFormat();
    RotatingFileHandler handler = new RotatingFileHandler(Placeholders.resolve("${LOG_DIR:-logs}/app.log"),
        "a", 10485760L, 5, null, false);
    handler.setName("file");
    handler.setLevel(Level.DEBUG);
    handler.setFormatter(format);
    return handler;
  }

  private SysLogHandler newSyslog() {
    SysLogHandler handler = new SysLogHandler("/dev/log", SysLogHandler.LOG_LOCAL0, null);
    handler.setName("syslog");
    return handler;
  }

  private QueueHandler newBackground() {
    BlockingQueue<LogRecord> queue = new LinkedBlockingQueue<>();
    QueueHandler handler = new QueueHandler(queue);
    this.backgroundListener = new QueueListener(queue, Arrays.asList(this.file, this.syslog), true);
    handler.setListener(this.backgroundListener);
    this.backgroundListener.start();
    handler.setName("background");
    return handler;
  }

  private QueueHandler newAudit() {
    RecordRingBuffer queue = new RecordRingBuffer(8192, RecordRingBuffer.WhenFull.WAIT);
    QueueHandler handler = new QueueHandler(queue);
    this.auditListener = new QueueListener(queue, Arrays.asList(this.file), false);
    handler.setListener(this.auditListener);
    this.auditListener.start();
    handler.setName("audit");
    return handler;
  }

  /**
   * Stops and closes whatever has been built; returns {@code failure} or the first new failure.
   */
  private RuntimeException closeAll(RuntimeException failure) {
    RuntimeException first = failure;
    first = PipelineSupport.stop(first, backgroundListener);
    first = PipelineSupport.stop(first, auditListener);
    first = PipelineSupport.close(first, audit);
    first = PipelineSupport.close(first, background);
    first = PipelineSupport.close(first, syslog);
    first = PipelineSupport.close(first, file);
    first = PipelineSupport.close(first, console);
    return first;
  }

  /**
   * Compiled from "%(levelname)s:%(name)s:%(message)s".
   */
  private static final class ConsoleFormat extends Formatter {
    ConsoleFormat() {
      super("%(levelname)s:%(name)s:%(message)s", null, '%', false);
    }

    @Override
    public void format(LogRecord record, StringBuilder out) {
      int start = out.length();
      record.markMessageMerged();
      out.append(record.getLevelname());
      out.append(':');
      out.append(record.getName());
      out.append(':');
      record.appendMessage(out);
      FormatSupport.appendTail(this, record, out, start);
    }

    @Override
    public boolean isThreadSafe() {
      return true;
    }
  }

  /**
   * Compiled from "%(asctime)s %(levelname)-8s %(name)s: %(message)s".
   */
  private static final class FileFormat extends Formatter {
    FileFormat() {
      super("%(asctime)s %(levelname)-8s %(name)s: %(message)s", null, '%', false);
    }

    @Override
    public void format(LogRecord record, StringBuilder out) {
      int start = out.length();
      record.markMessageMerged();
      record.markAsctime(this);
      appendAsctime(record, out);
      out.append(' ');
      int mark = out.length();
      out.append(record.getLevelname());
      FormatSupport.padFrom(out, mark, 8, true);
      out.append(' ');
      out.append(record.getName());
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
