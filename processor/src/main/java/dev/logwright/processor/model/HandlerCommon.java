package dev.logwright.processor.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * What every handler method has: its name, the type it returns, its level, its format (null:
 * the default formatter), its filter classes (canonical names, in order) and its buffering (null:
 * flush every record).
 */
public record HandlerCommon(
    String method,
    String returnType,
    OptionalInt level,
    FormatModel format,
    List<String> filters,
    Buffering buffering,
    Origin origin) {

  /** A handler without {@code @Buffered}. */
  public HandlerCommon(String method, String returnType, OptionalInt level, FormatModel format,
      List<String> filters, Origin origin) {
    this(method, returnType, level, format, filters, null, origin);
  }

  /** {@code @Buffered}: the arguments of {@code StreamHandler.setBuffering}. */
  public record Buffering(int size, long maxDelayMillis) {}
}
