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

  private static int kindOf(RecordAttribute a) {
    switch (a) {
      case LEVELNO:
      case LINENO:
      case THREAD:
      case PROCESS:
        return LONG;
      case CREATED:
      case MSECS:
      case RELATIVE_CREATED:
        return DOUBLE;
      case MSG:
      case ARGS:
      case EXC_INFO:
        return OTHER;
      default:
        return STRING;
    }
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
    switch (attribute) {
      case LEVELNO: return r.getLevelno();
      case LINENO: return r.getLineno();
      case THREAD: return r.getThread();
      default: return r.getProcess();
    }
  }

  /** Reads a {@link #DOUBLE} attribute. */
  double doubleValue(LogRecord r) {
    switch (attribute) {
      case CREATED: return r.getCreated();
      case MSECS: return r.getMsecs();
      default: return r.getRelativeCreated();
    }
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
