package dev.logwright;

import dev.logwright.internal.ErrorReport;
import java.io.Closeable;
import java.io.Flushable;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Sends records somewhere, as Python's {@code logging.Handler}: a level, a formatter, filters
 * and a lock; {@link #handle} filters, then calls {@link #emit} under the lock.
 *
 * <p>Subclasses implement {@link #emit}, and must catch every {@link Exception} there and pass
 * it to {@link #handleError}: a log call never throws into its caller because a handler failed.
 * {@link #handle} also routes any runtime exception that escapes {@code emit} to {@code
 * handleError}, as a last line of defence.
 *
 * <p>{@link #close()} and {@link #flush()} are safe to call more than once and from any thread.
 */
public abstract class Handler extends Filterer implements Closeable, Flushable {
  /**
   * The lock {@link #handle} holds around {@link #emit}, re-entrant as Python's {@code RLock}.
   * Subclasses take it around any other access to the state {@code emit} uses.
   */
  protected final ReentrantLock lock = new ReentrantLock();

  private volatile int level;
  private volatile @Nullable Formatter formatter;
  private volatile @Nullable String name;
  private volatile boolean closed;

  /** Creates a handler at level {@link Level#NOTSET}, which handles every record. */
  protected Handler() {
    this(Level.NOTSET);
  }

  /** Creates a handler that handles records at {@code level} or above. */
  protected Handler(int level) {
    this.level = level;
  }

  public @Nullable String getName() {
    return name;
  }

  public void setName(@Nullable String name) {
    this.name = name;
  }

  public int getLevel() {
    return level;
  }

  /** Sets the threshold; records below it are ignored by the loggers that call this handler. */
  public void setLevel(int level) {
    this.level = level;
  }

  /** Sets the threshold by name ({@code "DEBUG"}) or number, as Python's {@code setLevel}. */
  public void setLevel(String level) {
    this.level = Level.parse(level);
  }

  public @Nullable Formatter getFormatter() {
    return formatter;
  }

  /** Sets the formatter; {@code null} means Python's default, {@code "%(message)s"}. */
  public void setFormatter(@Nullable Formatter formatter) {
    this.formatter = formatter;
  }

  /** Takes the handler's lock, as Python's {@code acquire}. */
  public void acquire() {
    lock.lock();
  }

  /** Releases the handler's lock, as Python's {@code release}. */
  public void release() {
    lock.unlock();
  }

  /**
   * Filters {@code record}, then emits it under the lock. Returns whether the filters let it
   * through. The level is not checked here: the logger checks it before calling, as in Python.
   */
  public boolean handle(LogRecord record) {
    if (!filter(record)) {
      return false;
    }
    lock.lock();
    try {
      emit(record);
    } catch (RuntimeException e) {
      handleError(record, e);
    } finally {
      lock.unlock();
    }
    return true;
  }

  /**
   * Does whatever it takes to log {@code record}. Called by {@link #handle} with the lock held.
   * Implementations catch every exception and pass it to {@link #handleError}.
   */
  public abstract void emit(LogRecord record);

  /** Formats {@code record} with this handler's formatter, or the default one. */
  public String format(LogRecord record) {
    return effectiveFormatter().format(record);
  }

  /** Appends {@link #format(LogRecord)} to {@code out}; the allocation-free path. */
  public void format(LogRecord record, StringBuilder out) {
    effectiveFormatter().format(record, out);
  }

  /** Returns the formatter {@link #format} uses: this handler's, or Python's default. */
  protected final Formatter effectiveFormatter() {
    Formatter f = formatter;
    return f != null ? f : DefaultFormatter.INSTANCE;
  }

  /**
   * Returns whether this handler uses the caller's file, line or function, so that the logger
   * computes them only when some handler will use them. The default asks the formatter;
   * handlers that ship whole records elsewhere (sockets, queues) return {@code true}.
   */
  public boolean needsCallerInfo() {
    Formatter f = formatter;
    return f != null && f.usesCallerInfo();
  }

  /** Makes sure all output so far has been written. Does nothing here. */
  @Override
  public void flush() {}

  /**
   * Releases the handler's resources. Subclasses call {@code super.close()} in a {@code
   * finally} block. Safe to call more than once.
   */
  @Override
  public void close() {
    closed = true;
  }

  /** Returns whether {@link #close()} has been called. */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Reports a failure of {@link #emit}: unless {@link Logging#setRaiseExceptions
   * raiseExceptions} is off, prints Python's {@code --- Logging error ---} report (the error's
   * stack trace, the logging call's stack, the message and its arguments) to {@code
   * System.err}. Never throws. An interrupt that caused the failure is restored on the thread.
   * Override to handle errors some other way.
   */
  public void handleError(LogRecord record, Throwable error) {
    ErrorReport.report(record, error);
  }

  @Override
  public String toString() {
    return "<" + getClass().getSimpleName() + " (" + Level.getLevelName(level) + ")>";
  }

  /** Python's default formatter, made only if some handler has none of its own. */
  private static final class DefaultFormatter {
    static final Formatter INSTANCE = new Formatter();
  }
}
