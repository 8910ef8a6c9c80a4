package dev.logwright;

import dev.logwright.internal.Clocks;
import java.util.Map;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A named logger in a dotted hierarchy, as Python's {@code logging.Logger}.
 *
 * <p>Get loggers with {@link #getLogger(String)}; {@code "a.b"} is the parent of {@code
 * "a.b.c"}. A record made by a logger goes to its handlers and, while {@link #getPropagate()
 * propagate} is set, to its ancestors' handlers. A logger with level {@link Level#NOTSET}
 * defers to its nearest ancestor with a level; the root logger starts at {@code WARNING}.
 *
 * <p>Messages use Python's printf style: {@code log.info("%s took %d ms", task, ms)}. The
 * arguments are merged only if some handler formats the record. The caller's file, line and
 * function are looked up only when some handler on the path uses them.
 *
 * <p>On hot paths with primitive arguments, the fluent call boxes nothing: {@code
 * log.atInfo().arg(orderId).arg(city).arg(millis).log("Order %d shipped to %s in %d ms")} (see
 * {@link LogCall}).
 *
 * <p>Records are reused per thread once every handler has returned; see {@link LogRecord}.
 */
public class Logger extends Filterer {
  private final String name;
  private final Manager manager;
  private static final Handler[] NO_HANDLERS = new Handler[0];
  static final long UNKNOWN = Long.MIN_VALUE;
  // Copy-on-write array: the logging path reads it without locking or allocating an iterator.
  private volatile Handler[] handlers = NO_HANDLERS;
  private volatile int level;
  private volatile @Nullable Logger parent;
  private volatile boolean propagate = true;
  private volatile boolean disabled;
  // isEnabledFor's answer for every level: a level is enabled iff level > enabledBound. The
  // manager resets it to UNKNOWN on every configuration change (Python's _clear_cache), so a
  // check is one read of this field.
  private volatile long enabledBound = UNKNOWN;

  Logger(String name, int level, Manager manager) {
    this.name = name;
    this.level = level;
    this.manager = manager;
  }

  /** Returns the logger called {@code name} in the global hierarchy; {@code ""} is the root. */
  public static Logger getLogger(String name) {
    return Manager.global().getLogger(name);
  }

  /** Returns the root logger of the global hierarchy. */
  public static Logger getRoot() {
    return Manager.global().getRoot();
  }

  public String getName() {
    return name;
  }

  public Manager getManager() {
    return manager;
  }

  public @Nullable Logger getParent() {
    return parent;
  }

  void setParentInternal(Logger parent) {
    this.parent = parent;
  }

  public int getLevel() {
    return level;
  }

  /** Sets this logger's threshold; {@link Level#NOTSET} defers to the ancestors. */
  public void setLevel(int level) {
    this.level = level;
    manager.clearCaches();
  }

  /** Sets the threshold by name ({@code "DEBUG"}) or number, as Python's {@code setLevel}. */
  public void setLevel(String level) {
    setLevel(Level.parse(level));
  }

  public boolean getPropagate() {
    return propagate;
  }

  /** Sets whether records also go to the ancestors' handlers ({@code true} by default). */
  public void setPropagate(boolean propagate) {
    this.propagate = propagate;
  }

  public boolean isDisabled() {
    return disabled;
  }

  /** Disables this logger entirely: it drops every record, as Python's {@code disabled}. */
  public void setDisabled(boolean disabled) {
    this.disabled = disabled;
    manager.clearCaches();
  }

  /** Adds {@code handler} unless it is already there. */
  public synchronized void addHandler(Handler handler) {
    if (handler == null) {
      throw new NullPointerException("handler == null");
    }
    Handler[] current = handlers;
    for (Handler h : current) {
      if (h == handler) {
        return;
      }
    }
    Handler[] grown = Arrays.copyOf(current, current.length + 1);
    grown[current.length] = handler;
    handlers = grown;
  }

  /** Removes {@code handler} if it is there. */
  public synchronized void removeHandler(Handler handler) {
    Handler[] current = handlers;
    for (int i = 0; i < current.length; i++) {
      if (current[i] == handler) {
        Handler[] shrunk = new Handler[current.length - 1];
        System.arraycopy(current, 0, shrunk, 0, i);
        System.arraycopy(current, i + 1, shrunk, i, current.length - i - 1);
        handlers = shrunk;
        return;
      }
    }
  }

  /** Returns this logger's own handlers, in the order they were added. */
  public List<Handler> getHandlers() {
    return Collections.unmodifiableList(Arrays.asList(handlers.clone()));
  }

  /** Returns whether this logger or an ancestor it propagates to has a handler. */
  public boolean hasHandlers() {
    for (Logger c = this; c != null; c = c.propagate ? c.parent : null) {
      if (c.handlers.length > 0) {
        return true;
      }
    }
    return false;
  }

  /** Returns the logger {@code name + "." + suffix}, as Python's {@code getChild}. */
  public Logger getChild(String suffix) {
    return manager.getLogger(this == manager.getRoot() ? suffix : name + "." + suffix);
  }

  /** Returns this logger's level, or its nearest ancestor's that is not {@code NOTSET}. */
  public int getEffectiveLevel() {
    for (Logger c = this; c != null; c = c.parent) {
      int l = c.level;
      if (l != Level.NOTSET) {
        return l;
      }
    }
    return Level.NOTSET;
  }

  /** Returns whether a record at {@code level} would be processed; cheap and allocation-free. */
  public boolean isEnabledFor(int level) {
    long bound = enabledBound;
    if (bound == UNKNOWN) {
      bound = manager.computeEnabledBound(this);
    }
    return level > bound;
  }

  /**
   * Python's answer for every level at once: a disabled logger logs nothing; otherwise a level is
   * enabled iff {@code level > manager.disable} and {@code level >= effective level}, that is iff
   * {@code level > max(effective - 1, disable)}. Called under the manager's lock.
   */
  long enabledBound(int disable) {
    return disabled ? Integer.MAX_VALUE : Math.max((long) getEffectiveLevel() - 1, disable);
  }

  void setEnabledBound(long bound) {
    this.enabledBound = bound;
  }

  // ---- logging calls: up to four arguments without a varargs array, then varargs ----
  // The fixed-arity overloads test the level before anything else and, when enabled, pass the
  // arguments in a per-thread array that the record borrows (see logArgs).

  public void debug(String msg) { logIf(Level.DEBUG, msg, null, null); }
  public void debug(String msg, @Nullable Object arg) { if (isEnabledFor(Level.DEBUG)) logArgs(Level.DEBUG, msg, 1, arg, null, null, null); }
  public void debug(String msg, @Nullable Object a1, @Nullable Object a2) { if (isEnabledFor(Level.DEBUG)) logArgs(Level.DEBUG, msg, 2, a1, a2, null, null); }
  public void debug(String msg, @Nullable Object a1, @Nullable Object a2, @Nullable Object a3) { if (isEnabledFor(Level.DEBUG)) logArgs(Level.DEBUG, msg, 3, a1, a2, a3, null); }
  public void debug(String msg, @Nullable Object a1, @Nullable Object a2, @Nullable Object a3, @Nullable Object a4) { if (isEnabledFor(Level.DEBUG)) logArgs(Level.DEBUG, msg, 4, a1, a2, a3, a4); }
  public void debug(String msg, @Nullable Object... args) { logIf(Level.DEBUG, msg, args, null); }

  public void info(String msg) { logIf(Level.INFO, msg, null, null); }
  public void info(String msg, @Nullable Object arg) { if (isEnabledFor(Level.INFO)) logArgs(Level.INFO, msg, 1, arg, null, null, null); }
  public void info(String msg, @Nullable Object a1, @Nullable Object a2) { if (isEnabledFor(Level.INFO)) logArgs(Level.INFO, msg, 2, a1, a2, null, null); }
  public void info(String msg, @Nullable Object a1, @Nullable Object a2, @Nullable Object a3) { if (isEnabledFor(Level.INFO)) logArgs(Level.INFO, msg, 3, a1, a2, a3, null); }
  public void info(String msg, @Nullable Object a1, @Nullable Object a2, @Nullable Object a3, @Nullable Object a4) { if (isEnabledFor(Level.INFO)) logArgs(Level.INFO, msg, 4, a1, a2, a3, a4); }
  public void info(String msg, @Nullable Object... args) { logIf(Level.INFO, msg, args, null); }

  public void warning(String msg) { logIf(Level.WARNING, msg, null, null); }
  public void warning(String msg, @Nullable Object arg) { if (isEnabledFor(Level.WARNING)) logArgs(Level.WARNING, msg, 1, arg, null, null, null); }
  public void warning(String msg, @Nullable Object a1, @Nullable Object a2) { if (isEnabledFor(Level.WARNING)) logArgs(Level.WARNING, msg, 2, a1, a2, null, null); }
  public void warning(String msg, @Nullable Object a1, @Nullable Object a2, @Nullable Object a3) { if (isEnabledFor(Level.WARNING)) logArgs(Level.WARNING, msg, 3, a1, a2, a3, null); }
  public void warning(String msg, @Nullable Object a1, @Nullable Object a2, @Nullable Object a3, @Nullable Object a4) { if (isEnabledFor(Level.WARNING)) logArgs(Level.WARNING, msg, 4, a1, a2, a3, a4); }
  public void warning(String msg, @Nullable Object... args) { logIf(Level.WARNING, msg, args, null); }

  public void error(String msg) { logIf(Level.ERROR, msg, null, null); }
  public void error(String msg, @Nullable Object arg) { if (isEnabledFor(Level.ERROR)) logArgs(Level.ERROR, msg, 1, arg, null, null, null); }
  public void error(String msg, @Nullable Object a1, @Nullable Object a2) { if (isEnabledFor(Level.ERROR)) logArgs(Level.ERROR, msg, 2, a1, a2, null, null); }
  public void error(String msg, @Nullable Object a1, @Nullable Object a2, @Nullable Object a3) { if (isEnabledFor(Level.ERROR)) logArgs(Level.ERROR, msg, 3, a1, a2, a3, null); }
  public void error(String msg, @Nullable Object a1, @Nullable Object a2, @Nullable Object a3, @Nullable Object a4) { if (isEnabledFor(Level.ERROR)) logArgs(Level.ERROR, msg, 4, a1, a2, a3, a4); }
  public void error(String msg, @Nullable Object... args) { logIf(Level.ERROR, msg, args, null); }

  public void critical(String msg) { logIf(Level.CRITICAL, msg, null, null); }
  public void critical(String msg, @Nullable Object arg) { if (isEnabledFor(Level.CRITICAL)) logArgs(Level.CRITICAL, msg, 1, arg, null, null, null); }
  public void critical(String msg, @Nullable Object a1, @Nullable Object a2) { if (isEnabledFor(Level.CRITICAL)) logArgs(Level.CRITICAL, msg, 2, a1, a2, null, null); }
  public void critical(String msg, @Nullable Object a1, @Nullable Object a2, @Nullable Object a3) { if (isEnabledFor(Level.CRITICAL)) logArgs(Level.CRITICAL, msg, 3, a1, a2, a3, null); }
  public void critical(String msg, @Nullable Object a1, @Nullable Object a2, @Nullable Object a3, @Nullable Object a4) { if (isEnabledFor(Level.CRITICAL)) logArgs(Level.CRITICAL, msg, 4, a1, a2, a3, a4); }
  public void critical(String msg, @Nullable Object... args) { logIf(Level.CRITICAL, msg, args, null); }

  // ---- fluent calls: arguments one by one, primitives unboxed (see LogCall) ----

  /**
   * Starts a call at {@code DEBUG} whose arguments are added one by one: {@code
   * log.atDebug().arg(id).arg(ms).log("job %d took %d ms")}. Nothing is boxed or allocated, whether
   * the level is enabled or not; use it on hot paths with primitive arguments. When the level is
   * disabled the call returned does nothing.
   */
  public LogCall atDebug() {
    return atLevel(Level.DEBUG);
  }

  /** Starts a call at {@code INFO} whose arguments are added one by one; see {@link #atDebug()}. */
  public LogCall atInfo() {
    return atLevel(Level.INFO);
  }

  /** Starts a call at {@code WARNING} whose arguments are added one by one; see {@link #atDebug()}. */
  public LogCall atWarning() {
    return atLevel(Level.WARNING);
  }

  /** Starts a call at {@code ERROR} whose arguments are added one by one; see {@link #atDebug()}. */
  public LogCall atError() {
    return atLevel(Level.ERROR);
  }

  /** Starts a call at {@code CRITICAL} whose arguments are added one by one; see {@link #atDebug()}. */
  public LogCall atCritical() {
    return atLevel(Level.CRITICAL);
  }

  /**
   * Starts a call at {@code level} whose arguments are added one by one; see {@link #atDebug()}.
   * The level is tested here, once: a disabled level gives a shared call that does nothing.
   */
  public LogCall atLevel(int level) {
    return isEnabledFor(level) ? LogCall.open(this, level) : LogCall.DISABLED;
  }

  /** Logs at {@code ERROR} with {@code error} as the record's exception, as Python's {@code exception}. */
  public void exception(@Nullable Throwable error, String msg, @Nullable Object... args) {
    logIf(Level.ERROR, msg, args, error);
  }

  /** Logs {@code msg % args} at {@code level}. */
  public void log(int level, String msg, @Nullable Object... args) {
    logIf(level, msg, args, null);
  }

  /** Logs {@code msg % args} at {@code level} with {@code error} as the record's exception. */
  public void log(int level, @Nullable Throwable error, String msg, @Nullable Object... args) {
    logIf(level, msg, args, error);
  }

  /**
   * Logs with every option of Python's {@code _log}: exception info, {@code stack_info},
   * {@code stacklevel} (1 is the caller of this method) and {@code extra} attributes.
   */
  public void log(
      int level,
      @Nullable Object msg,
      Object @Nullable [] args,
      @Nullable Throwable excInfo,
      boolean stackInfo,
      int stacklevel,
      @Nullable Map<String, ?> extra) {
    if (isEnabledFor(level)) {
      log0(ThreadSlot.current(), level, msg, args, excInfo, stackInfo, stacklevel, extra);
    }
  }

  /**
   * Logs {@code message}, already rendered, at {@code level} if enabled; for generated typed
   * loggers. No arguments are merged: the record's message is {@code message} as it is. A
   * non-{@code String} message (a reused buffer) is copied to a {@code String} by {@link
   * LogRecord#copyFrom} when a handler keeps the record, so the caller may reuse it once this
   * returns. {@code stacklevel} counts as in {@link #log(int, Object, Object[], Throwable,
   * boolean, int, Map)}: 2 is the caller of the method that calls this one.
   */
  public void logMessage(int level, CharSequence message, @Nullable Throwable excInfo, int stacklevel) {
    if (isEnabledFor(level)) {
      log0(ThreadSlot.current(), level, message, null, excInfo, false, stacklevel, null);
    }
  }

  /**
   * Logs the text of {@code message} as {@link #logMessage(int, CharSequence, Throwable, int)}
   * does; the thread's own buffer brings the thread's reusable record along, so this call finds
   * it without a thread-local lookup. The caller releases the buffer once this returns.
   */
  public void logMessage(int level, TypedMessages.Buffer message, @Nullable Throwable excInfo, int stacklevel) {
    if (isEnabledFor(level)) {
      log0(message.slot(), level, message.text(), null, excInfo, false, stacklevel, null);
    }
  }

  /** As {@link #logMessage(int, CharSequence, Throwable, int)} from a fluent call of {@code slot}'s thread. */
  void logMessage(ThreadSlot slot, int level, CharSequence message, @Nullable Throwable excInfo, int stacklevel) {
    if (isEnabledFor(level)) {
      log0(slot, level, message, null, excInfo, false, stacklevel, null);
    }
  }

  private void logIf(int level, String msg, Object @Nullable [] args, @Nullable Throwable error) {
    if (isEnabledFor(level)) {
      log0(ThreadSlot.current(), level, msg, args, error, false, 1, null);
    }
  }

  /**
   * Logs {@code n} arguments (1 to 4) through the thread's reusable argument array of that
   * length, so that an enabled call allocates no array. The record marks the array as borrowed:
   * {@link LogRecord#copy()} copies it, and it is emptied once the handlers have returned. A
   * call made while the thread is already logging (from a handler) gets a fresh array.
   */
  private void logArgs(
      int level, String msg, int n, @Nullable Object a1, @Nullable Object a2,
      @Nullable Object a3, @Nullable Object a4) {
    ThreadSlot slot = ThreadSlot.current();
    boolean borrow = !slot.inUse;
    Object[] args = borrow ? slot.args[n] : new Object[n];
    args[0] = a1;
    if (n > 1) {
      args[1] = a2;
      if (n > 2) {
        args[2] = a3;
        if (n > 3) {
          args[3] = a4;
        }
      }
    }
    try {
      log0(slot, level, msg, args, null, false, 1, null);
    } finally {
      if (borrow) {
        Arrays.fill(args, null); // keep no reference to the caller's objects
      }
    }
  }

  // Every public logging method calls this directly, so the caller is always two frames up.
  private void log0(
      ThreadSlot slot,
      int level,
      @Nullable Object msg,
      Object @Nullable [] args,
      @Nullable Throwable excInfo,
      boolean stackInfo,
      int stacklevel,
      @Nullable Map<String, ?> extra) {
    boolean reuse = !slot.inUse;
    LogRecord record = reuse ? slot.record : new LogRecord();
    slot.inUse = true;
    try {
      record.init(name, level, msg, args, excInfo, Clocks.epochNanos());
      if (reuse && args != null && args == slot.args[Math.min(args.length, 4)]) {
        record.borrowArgs();
      }
      if (stackInfo || needsCallerInfo()) {
        CallerInfo.fill(record, stacklevel, stackInfo);
      }
      if (extra != null) {
        record.putExtra(extra);
      }
      handle(record);
    } finally {
      if (reuse) {
        slot.inUse = false;
        record.forgetCall();
      }
    }
  }

  /**
   * Makes a record as Python's {@code makeRecord}; override to make records of a subclass.
   * Records from here are not reused.
   */
  public LogRecord makeRecord(
      String name,
      int level,
      @Nullable String pathname,
      int lineno,
      @Nullable Object msg,
      Object @Nullable [] args,
      @Nullable Throwable excInfo,
      @Nullable String func,
      @Nullable Map<String, ?> extra,
      @Nullable String sinfo) {
    LogRecord record = new LogRecord(name, level, pathname, lineno, msg, args, excInfo, func, sinfo);
    if (extra != null) {
      record.putExtra(extra);
    }
    return record;
  }

  /**
   * Passes {@code record} to the handlers of this logger and its ancestors, unless this logger
   * is disabled or one of its filters rejects it.
   */
  public void handle(LogRecord record) {
    if (disabled || !filter(record)) {
      return;
    }
    callHandlers(record);
  }

  /**
   * Walks up the hierarchy calling each handler whose level admits the record, stopping at a
   * logger that does not propagate. With no handler at all, uses {@link Logging#lastResort()}.
   */
  public void callHandlers(LogRecord record) {
    int found = 0;
    for (Logger c = this; c != null; c = c.propagate ? c.parent : null) {
      for (Handler h : c.handlers) {
        found++;
        if (record.getLevelno() >= h.getLevel()) {
          h.handle(record);
        }
      }
    }
    if (found == 0) {
      Handler lastResort = Logging.lastResort();
      if (lastResort != null) {
        if (record.getLevelno() >= lastResort.getLevel()) {
          lastResort.handle(record);
        }
      } else if (Logging.raiseExceptions() && manager.takeNoHandlerWarning()) {
        System.err.print("No handlers could be found for logger \"" + name + "\"\n");
      }
    }
  }

  /** Returns whether a handler on this logger's path uses the caller's file, line or function. */
  public boolean needsCallerInfo() {
    boolean found = false;
    for (Logger c = this; c != null; c = c.propagate ? c.parent : null) {
      for (Handler h : c.handlers) {
        found = true;
        if (h.needsCallerInfo()) {
          return true;
        }
      }
    }
    if (!found) {
      Handler lastResort = Logging.lastResort();
      return lastResort != null && lastResort.needsCallerInfo();
    }
    return false;
  }

  @Override
  public String toString() {
    return "<" + getClass().getSimpleName() + " " + name + " (" + Level.getLevelName(getEffectiveLevel()) + ")>";
  }
}
