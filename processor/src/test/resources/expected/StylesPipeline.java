package styles;

import dev.logwright.Formatter;
import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.LogRecord;
import dev.logwright.Logger;
import dev.logwright.Manager;
import dev.logwright.config.CompiledSpec;
import dev.logwright.config.FormatSupport;
import dev.logwright.config.PipelineSupport;
import dev.logwright.handlers.StreamHandler;
import javax.annotation.processing.Generated;

/**
 * The pipeline configured by {@link Styles}: builds its handlers, installs them, closes them.
 */
@Generated("dev.logwright.processor.LogwrightProcessor")
public final class StylesPipeline implements Styles, AutoCloseable {
  private final StreamHandler percent;

  private final StreamHandler brace;

  private final StreamHandler template;

  private volatile Manager manager = Manager.global();

  private boolean installed;

  private boolean closed;

  private StylesPipeline() {
    try {
      this.percent = newPercent();
      this.brace = newBrace();
      this.template = newTemplate();
    } catch (RuntimeException e) {
      // Close what was built before the failure, so no file or socket leaks.
      closeAll(e);
      throw e;
    }
  }

  /**
   * Builds every handler, targets before the handlers that use them.
   */
  public static StylesPipeline create() {
    FormatSupport.prefetchDefaultZone();
    return new StylesPipeline();
  }

  /**
   * Installs the pipeline in the global logger hierarchy; see {@link #install(Manager)}.
   */
  public StylesPipeline install() {
    return install(Manager.global());
  }

  /**
   * Sets the level of the root and of each declared logger of {@code manager}'s hierarchy and
   * attaches their handlers. Once only: {@link #close()} detaches them again.
   *
   * @return this pipeline
   * @throws IllegalStateException if already installed or closed
   */
  public synchronized StylesPipeline install(Manager manager) {
    if (installed || closed) {
      throw new IllegalStateException(installed ? "pipeline already installed" : "pipeline closed");
    }
    this.manager = manager;
    Logger root = manager.getRoot();
    root.setLevel(Level.WARNING);
    root.addHandler(percent);
    root.addHandler(brace);
    root.addHandler(template);
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
      manager.getRoot().removeHandler(percent);
      manager.getRoot().removeHandler(brace);
      manager.getRoot().removeHandler(template);
    }
    RuntimeException failure = closeAll(null);
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public Handler percent() {
    return percent;
  }

  @Override
  public Handler brace() {
    return brace;
  }

  @Override
  public Handler template() {
    return template;
  }

  private StreamHandler newPercent() {
    Formatter format = new PercentFormat();
    StreamHandler handler = new StreamHandler(System.err, null);
    handler.setName("percent");
    handler.setFormatter(format);
    return handler;
  }

  private StreamHandler newBrace() {
    Formatter format = new BraceFormat();
    StreamHandler handler = new StreamHandler(System.err, null);
    handler.setName("brace");
    handler.setFormatter(format);
    return handler;
  }

  private StreamHandler newTemplate() {
    Formatter format = new TemplateFormat();
    StreamHandler handler = new StreamHandler(System.err, null);
    handler.setName("template");
    handler.setFormatter(format);
    return handler;
  }

  /**
   * Stops and closes whatever has been built; returns {@code failure} or the first new failure.
   */
  private RuntimeException closeAll(RuntimeException failure) {
    RuntimeException first = failure;
    first = PipelineSupport.close(first, template);
    first = PipelineSupport.close(first, brace);
    first = PipelineSupport.close(first, percent);
    return first;
  }

  /**
   * Compiled from "%(asctime)s %(levelname)-8s [%(lineno)05d] %(message)s".
   */
  private static final class PercentFormat extends Formatter {
    PercentFormat() {
      super("%(asctime)s %(levelname)-8s [%(lineno)05d] %(message)s", "%H:%M:%S", '%', true);
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
      out.append(" [");
      FormatSupport.appendInt(out, record.getLineno(), 5, false, true);
      out.append("] ");
      record.appendMessage(out);
      FormatSupport.appendTail(this, record, out, start);
    }

    @Override
    public boolean isThreadSafe() {
      return true;
    }
  }

  /**
   * Compiled from "{asctime} {levelname:<8} {name:>12.12} {{{message}}}".
   */
  private static final class BraceFormat extends Formatter {
    private static final CompiledSpec SPEC_0 = CompiledSpec.of("<8");

    private static final CompiledSpec SPEC_1 = CompiledSpec.of(">12.12");

    BraceFormat() {
      super("{asctime} {levelname:<8} {name:>12.12} {{{message}}}", null, '{', false);
    }

    @Override
    public void format(LogRecord record, StringBuilder out) {
      int start = out.length();
      record.markMessageMerged();
      record.markAsctime(this);
      appendAsctime(record, out);
      out.append(' ');
      SPEC_0.appendString(out, record.getLevelname());
      out.append(' ');
      SPEC_1.appendString(out, record.getName());
      out.append(" {");
      record.appendMessage(out);
      out.append('}');
      FormatSupport.appendTail(this, record, out, start);
    }

    @Override
    public boolean isThreadSafe() {
      return true;
    }
  }

  /**
   * Compiled from "$levelname ${name}: $message ($$)".
   */
  private static final class TemplateFormat extends Formatter {
    TemplateFormat() {
      super("$levelname ${name}: $message ($$)", null, '$', false);
    }

    @Override
    public void format(LogRecord record, StringBuilder out) {
      int start = out.length();
      record.markMessageMerged();
      out.append(record.getLevelname());
      out.append(' ');
      out.append(record.getName());
      out.append(": ");
      record.appendMessage(out);
      out.append(" ($)");
      FormatSupport.appendTail(this, record, out, start);
    }

    @Override
    public boolean isThreadSafe() {
      return true;
    }
  }
}
