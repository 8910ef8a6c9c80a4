package dev.logwright.processor.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * What every handler method has: its name, the type it returns, its level, its format (null:
 * the default formatter) and its filter classes (canonical names, in order).
 */
public record HandlerCommon(
    String method,
    String returnType,
    OptionalInt level,
    FormatModel format,
    List<String> filters,
    Origin origin) {}
