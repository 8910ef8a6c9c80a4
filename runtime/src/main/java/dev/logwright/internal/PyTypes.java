package dev.logwright.internal;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Python's type names for Java values, for error messages that read like Python's. */
public final class PyTypes {
  private PyTypes() {}

  /** Returns the Python type name of {@code value}: {@code str}, {@code int}, {@code NoneType}… */
  public static String name(@Nullable Object value) {
    if (value == null) {
      return "NoneType";
    }
    if (value instanceof CharSequence || value instanceof Character) {
      return "str";
    }
    if (value instanceof Boolean) {
      return "bool";
    }
    if (value instanceof Double || value instanceof Float) {
      return "float";
    }
    if (value instanceof Number) {
      return "int";
    }
    if (value instanceof Map) {
      return "dict";
    }
    if (value instanceof Collection || value instanceof Object[]) {
      return "list";
    }
    return value.getClass().getSimpleName();
  }
}
