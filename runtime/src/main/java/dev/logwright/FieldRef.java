package dev.logwright;

import dev.logwright.internal.PyException;
import dev.logwright.internal.PyRepr;
import dev.logwright.internal.PyTuple;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A record field named in a format string, resolved once: a built-in attribute read without
 * boxing where its type allows, else an {@code extra} value, else a formatter default, else
 * Python's "Formatting field not found in record" error.
 */
final class FieldRef {
  static final int OTHER = 0;
  static final int STRING = 1;
  static final int LONG = 2;
  static final int DOUBLE = 3;

  final String name;
  final @Nullable RecordAttribute attribute;
  final int kind;

  FieldRef(String name) {
    this.name = name;
    this.attribute = RecordAttribute.forName(name);
    this.kind = attribute == null ? OTHER : kindOf(attribute);
  }

  // Comparisons, not switches on the enum: a switch would load a synthetic class (and
  // NoSuchFieldError) at the first format, a cost at start-up.
  private static int kindOf(RecordAttribute a) {
    if (a == RecordAttribute.LEVELNO || a == RecordAttribute.LINENO || a == RecordAttribute.THREAD
        || a == RecordAttribute.PROCESS) {
      return LONG;
    }
    if (a == RecordAttribute.CREATED || a == RecordAttribute.MSECS || a == RecordAttribute.RELATIVE_CREATED) {
      return DOUBLE;
    }
    if (a == RecordAttribute.MSG || a == RecordAttribute.ARGS || a == RecordAttribute.EXC_INFO) {
      return OTHER;
    }
    return STRING;
  }

  boolean isMessage() {
    return attribute == RecordAttribute.MESSAGE;
  }

  boolean isAsctime() {
    return attribute == RecordAttribute.ASCTIME;
  }

  boolean isCallerInfo() {
    return attribute != null && attribute.isCallerInfo();
  }

  /** Reads a {@link #LONG} attribute. */
  long longValue(LogRecord r) {
    RecordAttribute a = attribute;
    if (a == RecordAttribute.LEVELNO) {
      return r.getLevelno();
    }
    if (a == RecordAttribute.LINENO) {
      return r.getLineno();
    }
    return a == RecordAttribute.THREAD ? r.getThread() : r.getProcess();
  }

  /** Reads a {@link #DOUBLE} attribute. */
  double doubleValue(LogRecord r) {
    RecordAttribute a = attribute;
    if (a == RecordAttribute.CREATED) {
      return r.getCreated();
    }
    return a == RecordAttribute.MSECS ? r.getMsecs() : r.getRelativeCreated();
  }

  /** Reads a {@link #STRING} attribute; {@code null} is Python's {@code None}. */
  @Nullable String stringValue(LogRecord r) {
    return (String) attribute.get(r);
  }

  /**
   * Returns the field's value as Python sees it in the record's {@code __dict__} merged over
   * {@code defaults}: {@code args} as a tuple (or the mapping), numbers boxed.
   *
   * @throws PyException Python's {@code ValueError: Formatting field not found in record: 'x'}
   */
  @Nullable Object value(LogRecord r, Map<String, Object> defaults) {
    if (attribute == RecordAttribute.ARGS) {
      return args(r);
    }
    if (attribute != null) {
      return attribute.get(r);
    }
    Map<String, Object> extra = r.getExtra();
    if (extra.containsKey(name)) {
      return extra.get(name);
    }
    if (defaults.containsKey(name)) {
      return defaults.get(name);
    }
    throw notFound(name);
  }

  /** Python's {@code record.args}: the single mapping argument, else the tuple of arguments. */
  static @Nullable Object args(LogRecord r) {
    Object[] a = r.getArgs();
    if (a == null) {
      return null;
    }
    if (a.length == 1 && a[0] instanceof Map && !((Map<?, ?>) a[0]).isEmpty()) {
      return a[0];
    }
    return new PyTuple(a);
  }

  static PyException notFound(Object key) {
    return PyException.valueError("Formatting field not found in record: " + PyRepr.repr(key));
  }
}
