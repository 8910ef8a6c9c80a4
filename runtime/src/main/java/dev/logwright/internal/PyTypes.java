package dev.logwright.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How Java values map to Python types: {@code Byte}/{@code Short}/{@code Integer}/{@code
 * Long}/{@code BigInteger} are {@code int}, {@code Float}/{@code Double}/{@code BigDecimal} are
 * {@code float}, {@code Boolean} is {@code bool} (an {@code int}), {@code Character} and {@code
 * CharSequence} are {@code str}, {@code null} is {@code None}, {@code Map} is {@code dict},
 * collections and arrays are {@code list}, {@link PyTuple} is {@code tuple}.
 */
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
    if (isFloat(value)) {
      return "float";
    }
    if (isInt(value)) {
      return "int";
    }
    if (value instanceof Map) {
      return "dict";
    }
    if (value instanceof Collection || value instanceof Object[]) {
      return "list";
    }
    if (value instanceof PyTuple) {
      return "tuple";
    }
    return value.getClass().getSimpleName();
  }

  /** Returns whether {@code value} is a Python {@code int} (a {@code bool} counts). */
  public static boolean isInt(@Nullable Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger || value instanceof Boolean;
  }

  /** Returns whether {@code value} is a Python {@code float}. */
  public static boolean isFloat(@Nullable Object value) {
    return value instanceof Double || value instanceof Float || value instanceof BigDecimal;
  }

  /** Returns whether {@code value} is an {@code int} that fits a {@code long}. */
  public static boolean isSmallInt(@Nullable Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof Boolean
        || (value instanceof BigInteger && ((BigInteger) value).bitLength() < 64);
  }

  /** Returns the value of an {@code int} that {@link #isSmallInt} accepts. */
  public static long longValue(Object value) {
    if (value instanceof Boolean) {
      return (Boolean) value ? 1 : 0;
    }
    return ((Number) value).longValue();
  }

  /** Returns the value of an {@code int} as a {@code BigInteger}. */
  public static BigInteger bigValue(Object value) {
    return value instanceof BigInteger ? (BigInteger) value : BigInteger.valueOf(longValue(value));
  }
}
