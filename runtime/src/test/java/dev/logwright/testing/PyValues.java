package dev.logwright.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes Java values as typed JSON for Python test scripts, so that each reaches Python as the
 * type our runtime maps it to: {@code {"t": "int", "v": "12"}}, floats as exact hex text,
 * strings, lists, dicts (as pairs), {@code None} and booleans. The scripts' {@code decode}
 * function reverses it.
 */
public final class PyValues {
  private PyValues() {}

  /** Returns {@code value} as a typed JSON-ready object. */
  public static Object encode(Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (value == null) {
      m.put("t", "none");
    } else if (value instanceof Boolean) {
      m.put("t", "bool");
      m.put("v", value);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger) {
      m.put("t", "int");
      m.put("v", value.toString());
    } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      m.put("t", "float");
      double d = ((Number) value).doubleValue();
      m.put("v", Double.isNaN(d) ? "nan" : Double.isInfinite(d) ? (d > 0 ? "inf" : "-inf") : Double.toHexString(d));
    } else if (value instanceof CharSequence || value instanceof Character) {
      m.put("t", "str");
      m.put("v", value.toString());
    } else if (value instanceof Map) {
      List<Object> pairs = new ArrayList<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        pairs.add(Arrays.asList(encode(e.getKey()), encode(e.getValue())));
      }
      m.put("t", "dict");
      m.put("v", pairs);
    } else if (value instanceof List || value instanceof Object[]) {
      List<?> items = value instanceof List ? (List<?>) value : Arrays.asList((Object[]) value);
      List<Object> encoded = new ArrayList<>();
      for (Object item : items) {
        encoded.add(encode(item));
      }
      m.put("t", "list");
      m.put("v", encoded);
    } else {
      throw new IllegalArgumentException("no Python mapping for " + value.getClass());
    }
    return m;
  }

  /** Encodes each of {@code values}. */
  public static List<Object> encodeAll(Object[] values) {
    List<Object> out = new ArrayList<>();
    for (Object v : values) {
      out.add(encode(v));
    }
    return out;
  }
}
