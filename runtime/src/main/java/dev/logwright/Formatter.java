package dev.logwright;

import dev.logwright.internal.DefaultTimeFormat;
import dev.logwright.internal.Printf;
import dev.logwright.internal.StackTraces;
import dev.logwright.internal.Strftime;
import dev.logwright.internal.Zones;
import java.time.ZoneId;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a record into text, as Python's {@code logging.Formatter}.
 *
 * <p>The format string uses one of three styles: {@code '%'} ({@code %(levelname)s}, the
 * default), <code>'{'</code> ({@code str.format}, e.g. <code>{levelname:&lt;8}</code>) or
 * {@code '$'} ({@code string.Template}, e.g. {@code ${levelname}}). Fields are the record's
 * attributes by their Python names, its {@code extra} values, then the formatter's {@code
 * defaults}. {@code asctime} is rendered with {@code datefmt} (strftime directives, see {@link
 * Strftime}) or, by default, as {@code 2003-07-08 16:49:45,896}, in the {@linkplain #setZone
 * zone} set (Python's {@code converter}; the JVM's default zone unless set). Exception text
 * ({@code exc_text}, cached in the record) and stack text follow the message on their own lines,
 * as Python appends them; Java stack traces stand in for tracebacks.
 *
 * <p>{@link #format(LogRecord)} follows Python's {@code format} step by step through the
 * overridable {@link #formatTime}, {@link #formatMessage}, {@link #formatException} and {@link
 * #formatStack}. {@link #format(LogRecord, StringBuilder)} is the allocation-free path: the
 * format is compiled once and each field, the message and the time are appended straight into
 * the buffer (the rendered seconds are cached); it leaves the record's {@code message} and
 * {@code asctime} attributes as they were. A subclass gets the step-by-step path in both.
 *
 * <p>Instances are safe for use by several threads at once, as long as the setters are not
 * called while records are being formatted.
 */
public class Formatter {
  /** Python's default format: the message alone. */
  public static final String DEFAULT_FORMAT = "%(message)s";
  /** Python's {@code default_time_format}. */
  public static final String DEFAULT_TIME_FORMAT = DefaultTimeFormat.PATTERN;
  /** Python's {@code default_msec_format}. */
  public static final String DEFAULT_MSEC_FORMAT = "%s,%03d";

  private final String fmt;
  private final char styleChar;
  private final @Nullable Map<String, ?> defaults;
  /** The parsed format; for a formatter compiled at build time, parsed when first needed. */
  private volatile @Nullable FormatStyle style;
  private final boolean usesTime;
  private final boolean usesCallerInfo;
  private final @Nullable String datefmt;
  private final @Nullable Strftime compiledDatefmt;
  /** Null until set or first used: then the JVM's default zone. */
  private volatile @Nullable ZoneId zone;
  /** Null for {@link #DEFAULT_TIME_FORMAT}, rendered by {@link DefaultTimeFormat}. */
  private volatile @Nullable Strftime defaultTimeFormat;
  private volatile @Nullable String defaultMsecFormat = DEFAULT_MSEC_FORMAT;
  /** The last second rendered, shared by the threads that format; replaced once a second. */
  private volatile @Nullable RenderedSecond lastSecond;

  /** A formatter of {@code "%(message)s"}. */
  public Formatter() {
    this(null, null, '%', true, null);
  }

  /** A {@code '%'}-style formatter of {@code fmt}; {@code null} means {@code "%(message)s"}. */
  public Formatter(@Nullable String fmt) {
    this(fmt, null, '%', true, null);
  }

  /** A {@code '%'}-style formatter with a strftime {@code datefmt} for {@code asctime}. */
  public Formatter(@Nullable String fmt, @Nullable String datefmt) {
    this(fmt, datefmt, '%', true, null);
  }

  /** A formatter of {@code fmt} in {@code style}: {@code '%'}, <code>'{'</code> or {@code '$'}. */
  public Formatter(@Nullable String fmt, @Nullable String datefmt, char style) {
    this(fmt, datefmt, style, true, null);
  }

  /**
   * Creates a formatter as Python's {@code Formatter(fmt, datefmt, style, validate, defaults=)}.
   *
   * @param fmt the format; {@code null} or empty means the style's message-only default
   *     ({@code %(message)s}, <code>{message}</code>, {@code ${message}})
   * @param datefmt strftime format of {@code asctime}; {@code null} or empty means {@code
   *     2003-07-08 16:49:45,896}
   * @param style {@code '%'}, <code>'{'</code> or {@code '$'}
   * @param validate check the format against its style as Python 3.13 does
   * @param defaults values for fields that neither the record nor its {@code extra} has
   * @throws IllegalArgumentException for an unknown style ({@code Style must be one of: %,{,$})
   *     or, when validating, a format that does not fit its style ({@code Invalid format
   *     '%(message)' for '%' style}, {@code invalid format: no fields}, …), as Python's {@code
   *     ValueError}
   */
  public Formatter(
      @Nullable String fmt,
      @Nullable String datefmt,
      char style,
      boolean validate,
      @Nullable Map<String, ?> defaults) {
    this(parse(style, fmt, validate, defaults), style, datefmt, defaults);
  }

  private Formatter(FormatStyle parsed, char style, @Nullable String datefmt, @Nullable Map<String, ?> defaults) {
    this(parsed.fmt, datefmt, style, defaults, parsed, parsed.usesCallerInfo);
  }

  /**
   * Creates a formatter whose format was compiled at build time, as the annotation processor
   * writes them. The subclass overrides {@link #format(LogRecord, StringBuilder)} to append the
   * format's parts, so {@code fmt} is parsed here only if one of Python's step-by-step methods
   * ({@link #format(LogRecord)}, {@link #formatMessage}) or {@link #getDefaults} is called:
   * a program that only logs loads none of the run-time format parser.
   *
   * @param fmt the format, already checked against {@code style} when it was compiled
   * @param datefmt strftime format of {@code asctime}; {@code null} or empty means Python's default
   * @param style {@code '%'}, <code>'{'</code> or {@code '$'}
   * @param usesCallerInfo whether the format names {@code pathname}, {@code filename}, {@code
   *     module}, {@code lineno} or {@code funcName}
   * @throws IllegalArgumentException for an unknown style
   */
  protected Formatter(String fmt, @Nullable String datefmt, char style, boolean usesCallerInfo) {
    this(formatOrDefault(style, fmt), datefmt, style, null, null, usesCallerInfo);
  }

  /** Every constructor ends here; {@code parsed} is null for a format compiled at build time. */
  private Formatter(
      String fmt,
      @Nullable String datefmt,
      char style,
      @Nullable Map<String, ?> defaults,
      @Nullable FormatStyle parsed,
      boolean usesCallerInfo) {
    this.fmt = fmt;
    this.styleChar = style;
    this.defaults = defaults;
    this.style = parsed;
    this.usesTime = usesTime(style, fmt);
    this.usesCallerInfo = usesCallerInfo;
    this.datefmt = datefmt;
    this.compiledDatefmt = datefmt == null || datefmt.isEmpty() ? null : Strftime.compile(datefmt);
    if (usesTime) {
      // The first asctime needs the default zone, whose database takes milliseconds to read:
      // start reading it on another core now, while the program goes on building its handlers.
      Zones.prefetchDefault();
    }
  }

  /** Parses {@code fmt} (or the style's default) for {@code style}, validating it if asked. */
  private static FormatStyle parse(
      char style, @Nullable String fmt, boolean validate, @Nullable Map<String, ?> defaults) {
    FormatStyle parsed = FormatStyle.create(style, formatOrDefault(style, fmt), defaults);
    if (validate) {
      parsed.validate();
    }
    return parsed;
  }

  /** Returns {@code fmt}, or when it is null or empty the style's default: the message alone. */
  private static String formatOrDefault(char style, @Nullable String fmt) {
    String messageAlone;
    switch (style) {
      case '%':
        messageAlone = DEFAULT_FORMAT;
        break;
      case '{':
        messageAlone = "{message}";
        break;
      case '$':
        messageAlone = "${message}";
        break;
      default:
        throw new IllegalArgumentException("Style must be one of: %,{,$");
    }
    return fmt == null || fmt.isEmpty() ? messageAlone : fmt;
  }

  /** Python's {@code usesTime()} of each style: a plain search of the format, not a parse. */
  private static boolean usesTime(char style, String fmt) {
    switch (style) {
      case '%':
        return fmt.contains("%(asctime)");
      case '{':
        return fmt.contains("{asctime");
      default:
        return fmt.contains("$asctime") || fmt.contains("${asctime}");
    }
  }

  /** The parsed format, parsed now if this formatter was compiled at build time. */
  private FormatStyle style() {
    FormatStyle s = style;
    if (s == null) {
      s = FormatStyle.create(styleChar, fmt, defaults);
      style = s;
    }
    return s;
  }

  /** Returns the format string (the style's default when none was given), Python's {@code _fmt}. */
  public String getFormat() {
    return fmt;
  }

  /** Returns the strftime format of {@code asctime}, or {@code null} for Python's default. */
  public @Nullable String getDateFormat() {
    return datefmt;
  }

  /** Returns the style character: {@code '%'}, <code>'{'</code> or {@code '$'}. */
  public char getStyle() {
    return styleChar;
  }

  /** Returns the values used for fields the record lacks; empty when none were given. */
  public Map<String, Object> getDefaults() {
    return style().defaults;
  }

  /**
   * Sets the zone {@code asctime} is rendered in, Python's {@code converter}: the JVM's default
   * zone unless set; {@code ZoneOffset.UTC} is {@code time.gmtime}.
   */
  public void setZone(ZoneId zone) {
    if (zone == null) {
      throw new NullPointerException("zone == null");
    }
    this.zone = zone;
  }

  /**
   * Returns the zone {@code asctime} is rendered in: the one set, else the JVM's default zone as
   * it is when first asked for (here or by the first {@code asctime}), where a default zone that
   * is UTC under another name ({@code Etc/UTC}) is the equivalent fixed zone {@code UTC}, which
   * needs no time-zone database.
   */
  public ZoneId getZone() {
    ZoneId z = zone;
    if (z == null) {
      z = Zones.systemDefault();
      zone = z;
    }
    return z;
  }

  /**
   * Sets Python's {@code default_time_format}, the strftime format used when there is no {@code
   * datefmt}; {@value #DEFAULT_TIME_FORMAT} by default.
   */
  public void setDefaultTimeFormat(String format) {
    if (format == null) {
      throw new NullPointerException("format == null");
    }
    this.defaultTimeFormat = Strftime.compile(format);
  }

  /**
   * Sets Python's {@code default_msec_format}, applied as {@code format % (text, msecs)} after
   * the default time format; {@value #DEFAULT_MSEC_FORMAT} by default, {@code null} for none.
   */
  public void setDefaultMsecFormat(@Nullable String format) {
    this.defaultMsecFormat = format;
  }

  /** Returns whether the format uses {@code asctime}, decided per style as Python's {@code usesTime}. */
  public boolean usesTime() {
    return usesTime;
  }

  /**
   * Returns whether the format uses the caller's {@code pathname}, {@code filename}, {@code
   * module}, {@code lineno} or {@code funcName}, so that loggers can skip finding the caller.
   */
  public boolean usesCallerInfo() {
    return usesCallerInfo;
  }

  /**
   * Formats {@code record} as Python's {@code format}: sets its {@code message} (and {@code
   * asctime} when {@link #usesTime}), applies {@link #formatMessage}, appends the exception text
   * (made once by {@link #formatException} and cached in {@code exc_text}) and the stack text
   * ({@link #formatStack}), each on a new line.
   *
   * @throws IllegalArgumentException when the message's arguments or a field do not fit the
   *     format (Python's {@code TypeError}/{@code ValueError}); handlers pass it to {@link
   *     Handler#handleError}
   */
  public String format(LogRecord record) {
    record.setMessageAttribute(record.getMessage());
    if (usesTime()) {
      record.setAsctime(formatTime(record, datefmt));
    }
    StringBuilder sb = new StringBuilder(128);
    sb.append(formatMessage(record));
    appendExceptionAndStack(record, sb, 0);
    return sb.toString();
  }

  /**
   * Appends the formatted {@code record} to {@code out}, the same text as {@link
   * #format(LogRecord)}, without allocating in the steady state. On failure {@code out} is left
   * as it was and the error is the one {@link #format(LogRecord)} throws.
   */
  public void format(LogRecord record, StringBuilder out) {
    if (getClass() != Formatter.class) {
      // a subclass may override any step: follow Python's sequence
      out.append(format(record));
      return;
    }
    int start = out.length();
    FormatStyle style = style();
    try {
      if (style.usesMessage) {
        record.markMessageMerged(); // the text is appended below; record.message is made if read
      } else {
        record.setMessageAttribute(record.getMessage()); // merged now, so a bad format fails here as in Python
      }
      if (usesTime()) {
        record.markAsctime(this);
      }
      style.append(record, this, out, true);
      appendExceptionAndStack(record, out, start);
    } catch (RuntimeException e) {
      // report the error Python would, in Python's order (message first)
      out.setLength(start);
      out.append(format(record));
    }
  }

  private void appendExceptionAndStack(LogRecord record, StringBuilder out, int start) {
    Throwable exc = record.getExcInfo();
    if (exc != null && isEmpty(record.getExcText())) {
      record.setExcText(formatException(exc));
    }
    String excText = record.getExcText();
    if (!isEmpty(excText)) {
      newLineUnlessThere(out, start);
      out.append(excText);
    }
    String stack = record.getStackInfo();
    if (!isEmpty(stack)) {
      newLineUnlessThere(out, start);
      out.append(formatStack(stack));
    }
  }

  private static boolean isEmpty(@Nullable String s) {
    return s == null || s.isEmpty();
  }

  /** Python's {@code if s[-1:] != "\n": s = s + "\n"}: an empty text gets one too. */
  private static void newLineUnlessThere(StringBuilder out, int start) {
    if (out.length() == start || out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  /**
   * Returns whether {@link #format(LogRecord, StringBuilder)} may run on several threads at once,
   * each with its own record and buffer, so that the file and stream handlers may format a
   * record before they take their lock and hold it only while writing. True for this class, whose
   * state is immutable or safely published. A subclass gets {@code false}, Python's contract
   * (handlers format under their lock), unless it overrides this to say it keeps no state that
   * concurrent calls could corrupt.
   */
  public boolean isThreadSafe() {
    return getClass() == Formatter.class;
  }

  /**
   * Returns the format applied to the record's attributes, Python's {@code formatMessage}: the
   * record's {@code message} and {@code asctime} attributes are used as set.
   */
  public String formatMessage(LogRecord record) {
    StringBuilder sb = new StringBuilder(128);
    style().append(record, this, sb, false);
    return sb.toString();
  }

  /**
   * Returns the record's creation time as text, Python's {@code formatTime}: {@code datefmt}
   * applied with strftime directives when it is not empty, else the {@linkplain
   * #setDefaultTimeFormat default time format} followed by the milliseconds as the {@linkplain
   * #setDefaultMsecFormat default msec format} says ({@code 2003-07-08 16:49:45,896}). Override
   * to render time differently.
   */
  public String formatTime(LogRecord record, @Nullable String datefmt) {
    StringBuilder sb = new StringBuilder(32);
    appendTime(record, datefmt, sb);
    return sb.toString();
  }

  /**
   * Appends {@code asctime} as {@link #formatTime} renders it with this formatter's date format,
   * from the per-second cache: the allocation-free path, also used by generated formatters.
   * Subclasses that override {@code formatTime} must not rely on it.
   */
  protected final void appendAsctime(LogRecord record, StringBuilder out) {
    appendTime(record, datefmt, out);
  }

  private void appendTime(LogRecord record, @Nullable String datefmt, StringBuilder out) {
    boolean useDefault = datefmt == null || datefmt.isEmpty();
    Strftime strftime = useDefault ? defaultTimeFormat
        : datefmt.equals(this.datefmt) ? compiledDatefmt : Strftime.compile(datefmt);
    // Python converts the float `created`, which can round up to the next second (gh-89047)
    long second = record.createdSecond();
    ZoneId z = getZone();
    RenderedSecond cached = lastSecond;
    if (cached == null || cached.second != second || cached.zone != z || cached.strftime != strftime) {
      // null: Python's default time format, which needs no Strftime
      String text = strftime == null ? DefaultTimeFormat.format(second, z) : strftime.format(second, z);
      cached = new RenderedSecond(second, z, strftime, text);
      lastSecond = cached;
    }
    String msecFormat = defaultMsecFormat;
    if (!useDefault || msecFormat == null) {
      out.append(cached.text);
    } else if (msecFormat.equals(DEFAULT_MSEC_FORMAT)) {
      int msecs = (int) record.getMsecs();
      out.append(cached.text).append(',');
      out.append((char) ('0' + msecs / 100)).append((char) ('0' + msecs / 10 % 10)).append((char) ('0' + msecs % 10));
    } else {
      Printf.format(out, msecFormat, new Object[] {cached.text, record.getMsecs()});
    }
  }

  /**
   * Returns the text of {@code error}, Python's {@code formatException}: by default its Java
   * stack trace as {@link Throwable#printStackTrace()} prints it, without the final line break.
   * Override to render exceptions differently; the result is cached in the record's {@code
   * exc_text}.
   */
  public String formatException(Throwable error) {
    return StackTraces.format(error);
  }

  /**
   * Returns {@code stackInfo} as it is to appear after the message, Python's {@code
   * formatStack}; unchanged by default. Override to render stacks differently.
   */
  public String formatStack(String stackInfo) {
    return stackInfo;
  }

  /** One second of {@code asctime} already rendered, immutable so threads can share it. */
  private static final class RenderedSecond {
    final long second;
    final ZoneId zone;
    final @Nullable Strftime strftime;
    final String text;

    RenderedSecond(long second, ZoneId zone, @Nullable Strftime strftime, String text) {
      this.second = second;
      this.zone = zone;
      this.strftime = strftime;
      this.text = text;
    }
  }
}
