package dev.logwright;

import dev.logwright.internal.Printf;
import dev.logwright.internal.StackTraces;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a record into text, as Python's {@code logging.Formatter}.
 *
 * <p>The format string uses one of three styles: {@code '%'} ({@code %(levelname)s}, the
 * default), <code>'{'</code> ({@code str.format}) or {@code '$'} ({@code string.Template}).
 * {@code asctime} is rendered with {@code datefmt} (strftime directives) or, by default, as
 * {@code 2003-07-08 16:49:45,896}. Exception and stack text follow the message on their own
 * lines, as Python appends them.
 */
public class Formatter {
  /** Python's default format: the message alone. */
  public static final String DEFAULT_FORMAT = "%(message)s";
  /** Python's {@code default_time_format}. */
  public static final String DEFAULT_TIME_FORMAT = "%Y-%m-%d %H:%M:%S";

  private final String fmt;
  private final @Nullable String datefmt;
  private final char style;
  private final Map<String, Object> defaults;
  private final boolean usesTime;
  private final boolean usesCallerInfo;
  private volatile ZoneId zone = ZoneId.systemDefault();

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
   * @param fmt the format; {@code null} means the style's message-only default
   * @param datefmt strftime format of {@code asctime}; {@code null} means {@code 2003-07-08
   *     16:49:45,896}
   * @param style {@code '%'}, <code>'{'</code> or {@code '$'}
   * @param validate check that {@code fmt} names at least one field of the style
   * @param defaults values for fields the record does not have
   * @throws IllegalArgumentException for an unknown style or, when validating, a format that does
   *     not fit its style (Python's {@code ValueError})
   */
  public Formatter(
      @Nullable String fmt,
      @Nullable String datefmt,
      char style,
      boolean validate,
      @Nullable Map<String, ?> defaults) {
    if (style != '%') {
      throw new IllegalArgumentException(
          "Style must be one of: %, {, $; got " + style + " (only % is supported yet)");
    }
    this.fmt = fmt != null ? fmt : DEFAULT_FORMAT;
    this.datefmt = datefmt;
    this.style = style;
    this.defaults = defaults == null
        ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(new HashMap<String, Object>(defaults));
    this.usesTime = this.fmt.contains("%(asctime)");
    boolean caller = false;
    for (RecordAttribute a : RecordAttribute.values()) {
      if (a.isCallerInfo() && this.fmt.contains("%(" + a.pythonName() + ")")) {
        caller = true;
      }
    }
    this.usesCallerInfo = caller;
    if (validate && !this.fmt.contains("%(")) {
      throw new IllegalArgumentException("Invalid format '" + this.fmt + "' for '%' style");
    }
  }

  public String getFormat() {
    return fmt;
  }

  public @Nullable String getDateFormat() {
    return datefmt;
  }

  /** Returns the style character: {@code '%'}, <code>'{'</code> or {@code '$'}. */
  public char getStyle() {
    return style;
  }

  /**
   * Sets the zone {@code asctime} is rendered in, Python's {@code converter}: the JVM's default
   * zone unless set ({@code ZoneOffset.UTC} is {@code time.gmtime}).
   */
  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  public ZoneId getZone() {
    return zone;
  }

  /** Returns whether the format uses {@code asctime}. */
  public boolean usesTime() {
    return usesTime;
  }

  /** Returns whether the format uses the caller's {@code pathname}, {@code filename}, {@code module}, {@code lineno} or {@code funcName}. */
  public boolean usesCallerInfo() {
    return usesCallerInfo;
  }

  /**
   * Formats {@code record} as Python's {@code format}: sets its {@code message} (and {@code
   * asctime} when used), caches the exception text in {@code exc_text}, and returns the text.
   */
  public String format(LogRecord record) {
    StringBuilder sb = new StringBuilder(128);
    format(record, sb);
    return sb.toString();
  }

  /** Appends the formatted {@code record} to {@code out}. */
  public void format(LogRecord record, StringBuilder out) {
    record.setMessageAttribute(record.getMessage());
    if (usesTime) {
      record.setAsctime(formatTime(record, datefmt));
    }
    out.append(formatMessage(record));
    Throwable exc = record.getExcInfo();
    if (exc != null && record.getExcText() == null) {
      record.setExcText(formatException(exc));
    }
    String excText = record.getExcText();
    if (excText != null && !excText.isEmpty()) {
      if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
      out.append(excText);
    }
    String stack = record.getStackInfo();
    if (stack != null && !stack.isEmpty()) {
      if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
      out.append(formatStack(stack));
    }
  }

  /** Returns the format applied to the record's attributes, without exception or stack text. */
  public String formatMessage(LogRecord record) {
    Map<String, Object> values = new HashMap<>(defaults);
    for (RecordAttribute a : RecordAttribute.values()) {
      values.put(a.pythonName(), a.get(record));
    }
    values.putAll(record.getExtra());
    StringBuilder sb = new StringBuilder();
    Printf.format(sb, fmt, new Object[] {values});
    return sb.toString();
  }

  /**
   * Returns the record's creation time as text: {@code datefmt} applied with strftime
   * directives, or Python's default {@code 2003-07-08 16:49:45,896}.
   */
  public String formatTime(LogRecord record, @Nullable String datefmt) {
    Instant instant = Instant.ofEpochSecond(0, record.getCreatedNanos());
    if (datefmt != null) {
      throw new UnsupportedOperationException("datefmt is not supported yet");
    }
    String seconds = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone).format(instant);
    return String.format("%s,%03d", seconds, (int) record.getMsecs());
  }

  /** Returns the text of {@code error}: its stack trace without the final line break. */
  public String formatException(Throwable error) {
    return StackTraces.format(error);
  }

  /** Returns {@code stackInfo} as it is to appear after the message; unchanged by default. */
  public String formatStack(String stackInfo) {
    return stackInfo;
  }
}
