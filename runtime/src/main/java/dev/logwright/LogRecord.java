package dev.logwright;

import dev.logwright.internal.Clocks;
import dev.logwright.internal.Printf;
import dev.logwright.internal.ProcessInfo;
import dev.logwright.internal.PyRepr;
import dev.logwright.internal.ThreadScratch;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One logging event, with every attribute of Python's {@code LogRecord}.
 *
 * <p>Attribute names follow Python's in Java casing ({@code exc_text} → {@link #getExcText()},
 * {@code funcName} → {@link #getFuncName()}). {@link #get(String)} looks an attribute up by its
 * Python name, which is what {@code %(name)s} format strings and the pickling handlers use;
 * attributes added through {@code extra} are found the same way.
 *
 * <p>Records are mutable and may be reused by the logger that made them once every handler has
 * returned: a handler or filter that keeps a record beyond {@link Handler#handle} must keep a
 * {@link #copy()} instead. A record is not safe for use by several threads at once.
 */
public class LogRecord {
  /** Process start, the origin of {@code relativeCreated}, as Python's {@code _startTime}. */
  static final long START_TIME_NANOS = Clocks.epochNanos();
  private static final String UNKNOWN_FILE = "(unknown file)";
  private static final String UNKNOWN_MODULE = "Unknown module";
  private static final String UNKNOWN_FUNCTION = "(unknown function)";

  static {
    // A class, not a lambda: no lambda bootstrap at start-up.
    ThreadScratch.install(new ThreadScratch() {
      @Override
      protected boolean hasPlace(LogRecord record) {
        ThreadSlot slot = record.slot;
        return slot != null && slot.owner == Thread.currentThread();
      }

      @Override
      protected @Nullable Object kept(LogRecord record) {
        return hasPlace(record) ? record.slot.handlerScratch : null;
      }

      @Override
      protected void keep(LogRecord record, Object value) {
        if (!hasPlace(record)) {
          throw new IllegalStateException("not the calling thread's reusable record");
        }
        record.slot.handlerScratch = value;
      }
    });
  }

  private String name = "";
  private @Nullable Object msg;
  private Object @Nullable [] args;
  /** Whether {@link #args} belongs to the logger that made this record and is reused after it. */
  private boolean argsBorrowed;
  private int levelno;
  private String levelname = "";
  private String pathname = UNKNOWN_FILE;
  private String filename = UNKNOWN_FILE;
  private String module = UNKNOWN_MODULE;
  private @Nullable Throwable excInfo;
  private @Nullable String excText;
  private @Nullable String stackInfo;
  private int lineno;
  private @Nullable String funcName;
  private long createdNanos;
  private long thread;
  private @Nullable String threadName;
  private long process;
  /**
   * Whether the record was made in this process, whose id {@link #getProcess} then looks up:
   * a record has no need to, and a program's first record is made without loading the lookup.
   */
  private boolean thisProcess;
  private @Nullable String processName;
  private @Nullable String taskName;
  private @Nullable String message;
  /**
   * The text of {@code msg} and {@code message} while it is not yet a {@code String} (see
   * {@link #setPreparedMessage}); null otherwise.
   */
  private @Nullable CharSequence preparedText;
  private @Nullable String asctime;
  // Set by formatters instead of building the strings: message and asctime are made when read.
  private boolean messageMerged;
  private @Nullable Formatter asctimeFormatter;
  private @Nullable Map<String, Object> extra;
  /** The thread slot whose reusable record this is; null for any other record. Never copied. */
  @Nullable ThreadSlot slot;

  /** An empty record, for a logger or a test to fill; see {@link #LogRecord(String, int, String, int, Object, Object[], Throwable, String, String)}. */
  public LogRecord() {}

  /**
   * Creates a record as Python's {@code LogRecord(name, level, pathname, lineno, msg, args,
   * exc_info, func, sinfo)} does: the time is now, the thread and process are the current ones.
   */
  public LogRecord(
      String name,
      int level,
      @Nullable String pathname,
      int lineno,
      @Nullable Object msg,
      Object @Nullable [] args,
      @Nullable Throwable excInfo,
      @Nullable String func,
      @Nullable String sinfo) {
    init(name, level, msg, args, excInfo, Clocks.epochNanos());
    setCaller(pathname, lineno, func);
    this.stackInfo = sinfo;
  }

  /**
   * Sets every attribute for a new event, keeping nothing of what the record held before. The
   * caller fields are set to Python's "unknown" values; {@link #setCaller} fills them.
   */
  public final void init(
      String name,
      int level,
      @Nullable Object msg,
      Object @Nullable [] args,
      @Nullable Throwable excInfo,
      long createdEpochNanos) {
    // A reused record mostly gets the values it had: a reference is stored only when it
    // changes, which spares the garbage collector's write barrier on every call.
    if (this.name != name) {
      this.name = name;
    }
    this.msg = msg;
    this.preparedText = null;
    this.args = args;
    this.argsBorrowed = false;
    this.levelno = level;
    String levelName = Level.getLevelName(level);
    if (this.levelname != levelName) {
      this.levelname = levelName;
    }
    if (this.pathname != UNKNOWN_FILE) {
      this.pathname = UNKNOWN_FILE;
    }
    if (this.filename != UNKNOWN_FILE) {
      this.filename = UNKNOWN_FILE;
    }
    if (this.module != UNKNOWN_MODULE) {
      this.module = UNKNOWN_MODULE;
    }
    if (this.funcName != UNKNOWN_FUNCTION) {
      this.funcName = UNKNOWN_FUNCTION;
    }
    this.lineno = 0;
    this.excInfo = excInfo;
    this.excText = null;
    this.stackInfo = null;
    this.createdNanos = createdEpochNanos;
    Thread current = Thread.currentThread();
    this.thread = current.getId();
    String threadName = current.getName();
    if (this.threadName != threadName) {
      this.threadName = threadName;
    }
    this.thisProcess = true;
    if (this.processName != ProcessInfo.MAIN_PROCESS) {
      this.processName = ProcessInfo.MAIN_PROCESS;
    }
    this.taskName = null;
    this.message = null;
    this.asctime = null;
    this.messageMerged = false;
    this.asctimeFormatter = null;
    this.extra = null;
  }

  /**
   * Drops what the record holds of one logging call (message, arguments, exception, extra
   * attributes), so that a record a logger reuses keeps no caller's object alive between calls;
   * {@link #init} sets everything again before the next use.
   */
  final void forgetCall() {
    this.msg = null;
    this.preparedText = null;
    this.args = null;
    this.excInfo = null;
    this.excText = null;
    this.stackInfo = null;
    this.message = null;
    this.asctime = null;
    this.asctimeFormatter = null;
    this.extra = null;
  }

  /**
   * Sets the caller attributes from a source path as Python does: {@code filename} is its last
   * path element and {@code module} that name without its extension.
   */
  public final void setCaller(@Nullable String pathname, int lineno, @Nullable String funcName) {
    if (pathname == null) {
      this.pathname = UNKNOWN_FILE;
      this.filename = UNKNOWN_FILE;
      this.module = UNKNOWN_MODULE;
    } else {
      this.pathname = pathname;
      int slash = Math.max(pathname.lastIndexOf('/'), pathname.lastIndexOf('\\'));
      this.filename = pathname.substring(slash + 1);
      int dot = filename.lastIndexOf('.');
      this.module = dot > 0 ? filename.substring(0, dot) : filename;
    }
    this.lineno = lineno;
    this.funcName = funcName;
  }

  /** Returns an independent copy, safe to keep after the logger reuses this record. */
  public LogRecord copy() {
    LogRecord c = new LogRecord();
    c.copyFrom(this);
    return c;
  }

  /**
   * Makes this record equal to {@code other}, attribute for attribute; a message that is a
   * {@code CharSequence} other than a {@code String} is copied as its current text.
   */
  public void copyFrom(LogRecord other) {
    copyFrom(other, true);
  }

  /**
   * Makes this record equal to {@code other}, attribute for attribute, except that without
   * {@code withArgs} its {@code args} are left {@code null} (as {@code QueueHandler.prepare}
   * leaves them), which spares copying an argument array the logger is going to reuse.
   */
  public void copyFrom(LogRecord other, boolean withArgs) {
    other.materialize(); // the copy must not share text its source's owner will overwrite
    Object m = other.msg;
    // A reused buffer (Logger.logMessage) changes after the call: keep its text, not the buffer.
    msg = m instanceof CharSequence && !(m instanceof String) ? m.toString() : m;
    Object[] a = withArgs ? other.args : null;
    // A borrowed array is refilled by the logger's next call: a kept record needs its own.
    args = a != null && other.argsBorrowed ? a.clone() : a;
    copyAllButMessage(other);
  }

  /**
   * Makes this record what {@code QueueHandler.prepare} makes of {@code other}'s copy before it
   * sets the merged text: equal attribute for attribute, except that {@code msg}, {@code args},
   * {@code exc_info}, {@code exc_text}, {@code stack_info} and {@code message} are {@code null}.
   * Allocates nothing (no copy of a reused message buffer is made).
   */
  public void copyPreparedFrom(LogRecord other) {
    msg = null;
    args = null;
    copyAllButMessage(other);
    excInfo = null;
    excText = null;
    stackInfo = null;
    message = null;
    messageMerged = false;
  }

  private void copyAllButMessage(LogRecord other) {
    preparedText = null;
    argsBorrowed = false;
    name = other.name;
    levelno = other.levelno;
    levelname = other.levelname;
    pathname = other.pathname;
    filename = other.filename;
    module = other.module;
    excInfo = other.excInfo;
    excText = other.excText;
    stackInfo = other.stackInfo;
    lineno = other.lineno;
    funcName = other.funcName;
    createdNanos = other.createdNanos;
    thread = other.thread;
    threadName = other.threadName;
    process = other.process;
    thisProcess = other.thisProcess;
    processName = other.processName;
    taskName = other.taskName;
    message = other.message;
    asctime = other.asctime;
    messageMerged = other.messageMerged;
    asctimeFormatter = other.asctimeFormatter;
    extra = other.extra == null ? null : new LinkedHashMap<>(other.extra);
  }

  /**
   * Returns the message with the arguments merged in, as Python's {@code getMessage}: {@code
   * str(msg)}, then {@code msg % args} when there are arguments.
   *
   * @throws IllegalArgumentException when the format and the arguments do not fit (Python's
   *     {@code TypeError}/{@code ValueError}); handlers report it through {@link
   *     Handler#handleError}
   */
  public String getMessage() {
    StringBuilder sb = new StringBuilder();
    appendMessage(sb);
    return sb.toString();
  }

  /** Appends {@link #getMessage()} to {@code out} without building an intermediate string. */
  public void appendMessage(StringBuilder out) {
    CharSequence prepared = preparedText;
    Object[] a = args;
    if (prepared != null && (a == null || a.length == 0)) {
      out.append(prepared);
      return;
    }
    materialize();
    Object m = msg;
    if (a == null || a.length == 0) {
      if (m instanceof CharSequence) {
        out.append((CharSequence) m); // str() of text is the text: a typed logger's message
      } else {
        PyRepr.appendStr(out, m);
      }
      return;
    }
    String format = m instanceof String ? (String) m : PyRepr.str(m);
    Printf.format(out, format, a);
  }

  /**
   * Returns the attribute called {@code attribute} (its Python name), or an {@code extra} value
   * of that name; {@code null} when the record has no such attribute. {@link #has} tells a
   * missing attribute from one whose value is {@code None}.
   */
  public @Nullable Object get(String attribute) {
    RecordAttribute a = RecordAttribute.forName(attribute);
    if (a != null) {
      return a.get(this);
    }
    Map<String, Object> e = extra;
    return e == null ? null : e.get(attribute);
  }

  /** Returns whether {@link #get(String)} knows {@code attribute}. */
  public boolean has(String attribute) {
    if (RecordAttribute.forName(attribute) != null) {
      return true;
    }
    Map<String, Object> e = extra;
    return e != null && e.containsKey(attribute);
  }

  /**
   * Adds the {@code extra} attributes, as Python's {@code makeRecord} does.
   *
   * @throws IllegalArgumentException if a key names a built-in attribute ({@code "Attempt to
   *     overwrite 'msg' in LogRecord"}, as in Python)
   */
  public void putExtra(Map<String, ?> values) {
    for (Map.Entry<String, ?> entry : values.entrySet()) {
      String key = entry.getKey();
      if (RecordAttribute.forName(key) != null) {
        throw new IllegalArgumentException("Attempt to overwrite '" + key + "' in LogRecord");
      }
      if (extra == null) {
        extra = new LinkedHashMap<>();
      }
      extra.put(key, entry.getValue());
    }
  }

  /** Returns the {@code extra} attributes, unmodifiable; empty when there are none. */
  public Map<String, Object> getExtra() {
    Map<String, Object> e = extra;
    return e == null ? Collections.emptyMap() : Collections.unmodifiableMap(e);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public @Nullable Object getMsg() {
    materialize();
    return msg;
  }

  public void setMsg(@Nullable Object msg) {
    materializeMessage();
    materialize();
    this.msg = msg;
  }

  /**
   * Sets {@code msg} and {@code message} to the text {@code text} holds, without making a
   * {@code String} of it until one of them is asked for: formatting appends the text itself.
   * For a queue's preallocated slots, whose text buffers are reused: the caller must not change
   * {@code text} while the record is in use ({@link #copy()} takes the text along as a string).
   */
  public void setPreparedMessage(CharSequence text) {
    this.msg = null;
    this.message = null;
    this.messageMerged = false;
    this.preparedText = text;
  }

  /** Turns prepared text into the {@code String} that {@code msg} and {@code message} are. */
  private void materialize() {
    CharSequence text = preparedText;
    if (text != null) {
      preparedText = null;
      String s = text.toString();
      msg = s;
      message = s;
    }
  }

  /** Returns the arguments; a single {@link Map} argument is Python's mapping form. */
  public Object @Nullable [] getArgs() {
    return args;
  }

  public void setArgs(Object @Nullable [] args) {
    materializeMessage();
    materialize();
    this.args = args;
    this.argsBorrowed = false;
  }

  /** Marks the arguments as the logger's reusable array, which {@link #copy()} must copy. */
  void borrowArgs() {
    this.argsBorrowed = true;
  }

  public int getLevelno() {
    return levelno;
  }

  public String getLevelname() {
    return levelname;
  }

  /** Sets the level number and, as Python's constructor does, its name. */
  public void setLevel(int levelno) {
    this.levelno = levelno;
    this.levelname = Level.getLevelName(levelno);
  }

  public void setLevelname(String levelname) {
    this.levelname = levelname;
  }

  public String getPathname() {
    return pathname;
  }

  public String getFilename() {
    return filename;
  }

  public String getModule() {
    return module;
  }

  public @Nullable Throwable getExcInfo() {
    return excInfo;
  }

  public void setExcInfo(@Nullable Throwable excInfo) {
    this.excInfo = excInfo;
  }

  /** Returns the cached exception text ({@code exc_text}), set by the first formatter. */
  public @Nullable String getExcText() {
    return excText;
  }

  public void setExcText(@Nullable String excText) {
    this.excText = excText;
  }

  public @Nullable String getStackInfo() {
    return stackInfo;
  }

  public void setStackInfo(@Nullable String stackInfo) {
    this.stackInfo = stackInfo;
  }

  public int getLineno() {
    return lineno;
  }

  public @Nullable String getFuncName() {
    return funcName;
  }

  /** Returns the creation time in seconds since the epoch, as Python's {@code created}. */
  public double getCreated() {
    return createdNanos / 1e9;
  }

  /** Returns the creation time in nanoseconds since the epoch. */
  public long getCreatedNanos() {
    return createdNanos;
  }

  public void setCreatedNanos(long createdNanos) {
    materializeAsctime();
    this.createdNanos = createdNanos;
  }

  /** Returns the millisecond part of the creation time, as Python 3.13 computes it. */
  public double getMsecs() {
    long msecs = Math.floorMod(createdNanos, 1_000_000_000L) / 1_000_000;
    // gh-89047: when created (a double) rounds up to the next second, msecs must not say 999.
    if (msecs == 999 && createdSecond() != Math.floorDiv(createdNanos, 1_000_000_000L)) {
      return 0.0;
    }
    return msecs;
  }

  /**
   * Returns the whole second of {@link #getCreated()}, Python's {@code int(created)} for times
   * after 1970 and its floor before: the float, which can round up to the next second.
   */
  long createdSecond() {
    // Not Math.floor: in the interpreter that loads StrictMath, a class at a program's start-up.
    double created = getCreated();
    long second = (long) created;
    return second > created ? second - 1 : second;
  }

  /** Returns milliseconds since the logging system started, as Python's {@code relativeCreated}. */
  public double getRelativeCreated() {
    return (createdNanos - START_TIME_NANOS) / 1e6;
  }

  public long getThread() {
    return thread;
  }

  public @Nullable String getThreadName() {
    return threadName;
  }

  public void setThread(long thread, @Nullable String threadName) {
    this.thread = thread;
    this.threadName = threadName;
  }

  public long getProcess() {
    return thisProcess ? ProcessInfo.pid() : process;
  }

  public @Nullable String getProcessName() {
    return processName;
  }

  public void setProcess(long process, @Nullable String processName) {
    this.process = process;
    this.thisProcess = false;
    this.processName = processName;
  }

  public @Nullable String getTaskName() {
    return taskName;
  }

  public void setTaskName(@Nullable String taskName) {
    this.taskName = taskName;
  }

  /**
   * Returns the merged message a formatter stored ({@code record.message}), or {@code null} if
   * no formatter has formatted this record.
   */
  public @Nullable String getMessageAttribute() {
    materializeMessage();
    materialize();
    return message;
  }

  public void setMessageAttribute(@Nullable String message) {
    materialize();
    this.message = message;
    this.messageMerged = false;
  }

  /**
   * Records that a formatter merged the message, as Python's {@code format} sets {@code
   * record.message}, without building the string: {@link #getMessageAttribute()} builds it when
   * read (and before {@code msg} or {@code args} change), so the formatting path allocates nothing.
   */
  public void markMessageMerged() {
    this.message = null;
    this.messageMerged = true;
  }

  /** Returns {@code asctime} as the last formatter that used it rendered it, or {@code null}. */
  public @Nullable String getAsctime() {
    materializeAsctime();
    return asctime;
  }

  public void setAsctime(@Nullable String asctime) {
    this.asctime = asctime;
    this.asctimeFormatter = null;
  }

  /**
   * Records that {@code formatter} rendered {@code asctime}, as Python's {@code format} sets it,
   * without building the string: {@link #getAsctime()} asks the formatter's {@code formatTime}
   * when read (and before the creation time changes).
   */
  public void markAsctime(Formatter formatter) {
    this.asctime = null;
    this.asctimeFormatter = formatter;
  }

  private void materializeMessage() {
    if (messageMerged) {
      messageMerged = false;
      message = getMessage();
    }
  }

  private void materializeAsctime() {
    Formatter f = asctimeFormatter;
    if (f != null) {
      asctimeFormatter = null;
      asctime = f.formatTime(this, f.getDateFormat());
    }
  }

  @Override
  public String toString() {
    // Python: <LogRecord: name, levelno, pathname, lineno, "msg">
    materialize();
    return "<LogRecord: " + name + ", " + levelno + ", " + pathname + ", " + lineno + ", \""
        + msg + "\">";
  }
}
