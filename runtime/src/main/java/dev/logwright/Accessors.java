package dev.logwright;

import dev.logwright.internal.PyException;
import dev.logwright.internal.PyTuple;
import dev.logwright.internal.PyTypes;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code .name} and {@code [key]} parts of a <code>'{'</code>-style field name, applied as
 * Python applies them: {@code [key]} indexes lists, tuples, strings and dicts (digits are an
 * integer index); {@code .name} finds no attribute on a Java value and fails as Python would.
 */
final class Accessors {
  private Accessors() {}

  /** Applies {@code accessor} ({@code ".name"} or {@code "[key"}) to {@code value}. */
  static @Nullable Object apply(@Nullable Object value, String accessor) {
    String key = accessor.substring(1);
    if (accessor.charAt(0) == '.') {
      throw PyException.attributeError(
          "'" + PyTypes.name(value) + "' object has no attribute '" + key + "'");
    }
    boolean numeric = !key.isEmpty() && key.chars().allMatch(Character::isDigit);
    if (value instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) value;
      Object k = numeric ? (Object) Integer.valueOf(key) : key;
      if (!map.containsKey(k)) {
        throw FieldRef.notFound(k);
      }
      return map.get(k);
    }
    Object[] items = value instanceof PyTuple ? ((PyTuple) value).items()
        : value instanceof Object[] ? (Object[]) value
        : value instanceof List ? ((List<?>) value).toArray()
        : null;
    String type = PyTypes.name(value);
    if (items == null && !(value instanceof CharSequence)) {
      throw PyException.typeError("'" + type + "' object is not subscriptable");
    }
    if (!numeric) {
      throw PyException.typeError(
          (type.equals("str") ? "string" : type) + " indices must be integers or slices, not str");
    }
    int index = Integer.parseInt(key);
    int length = items != null ? items.length : ((CharSequence) value).length();
    if (index >= length) {
      throw PyException.indexError((type.equals("str") ? "string" : type) + " index out of range");
    }
    return items != null ? items[index] : String.valueOf(((CharSequence) value).charAt(index));
  }
}
