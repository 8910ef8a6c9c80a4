package dev.logwright.processor.validate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The attributes a format may name, by their Python names, with the Java type of their values.
 * Mirrors {@code dev.logwright.RecordAttribute} (a test checks the two agree), since the
 * processor does not depend on the runtime.
 */
public final class RecordAttributes {
  /** How a generated formatter reads and prints an attribute. */
  public enum Type {
    /** A non-null {@code String} getter. */
    TEXT,
    /** A {@code String} that may be null ({@code None}). */
    NULLABLE_TEXT,
    /** An {@code int} or {@code long} getter. */
    INTEGER,
    /** A {@code double} getter. */
    FLOAT,
    /** Anything else (arguments, exception): printed through the record's {@code get}. */
    OBJECT
  }

  /**
   * An attribute: its Python name, its getter on {@code LogRecord}, its type, and whether it is
   * one of the caller's file, line or function, which loggers look up only when a format names it.
   */
  public record Attribute(String name, String getter, Type type, boolean callerInfo) {}

  private static final Map<String, Attribute> BY_NAME = new LinkedHashMap<>();

  static {
    add("name", "getName", Type.TEXT);
    add("msg", "getMsg", Type.OBJECT);
    add("args", "getArgs", Type.OBJECT);
    add("levelname", "getLevelname", Type.TEXT);
    add("levelno", "getLevelno", Type.INTEGER);
    addCallerInfo("pathname", "getPathname", Type.TEXT);
    addCallerInfo("filename", "getFilename", Type.TEXT);
    addCallerInfo("module", "getModule", Type.TEXT);
    add("exc_info", "getExcInfo", Type.OBJECT);
    add("exc_text", "getExcText", Type.NULLABLE_TEXT);
    add("stack_info", "getStackInfo", Type.NULLABLE_TEXT);
    addCallerInfo("lineno", "getLineno", Type.INTEGER);
    addCallerInfo("funcName", "getFuncName", Type.NULLABLE_TEXT);
    add("created", "getCreated", Type.FLOAT);
    add("msecs", "getMsecs", Type.FLOAT);
    add("relativeCreated", "getRelativeCreated", Type.FLOAT);
    add("thread", "getThread", Type.INTEGER);
    add("threadName", "getThreadName", Type.NULLABLE_TEXT);
    add("processName", "getProcessName", Type.NULLABLE_TEXT);
    add("process", "getProcess", Type.INTEGER);
    add("taskName", "getTaskName", Type.NULLABLE_TEXT);
    add("message", "getMessageAttribute", Type.NULLABLE_TEXT);
    add("asctime", "getAsctime", Type.NULLABLE_TEXT);
  }

  private RecordAttributes() {}

  private static void add(String name, String getter, Type type) {
    BY_NAME.put(name, new Attribute(name, getter, type, false));
  }

  private static void addCallerInfo(String name, String getter, Type type) {
    BY_NAME.put(name, new Attribute(name, getter, type, true));
  }

  /** Returns the attribute called {@code name}, or null. */
  public static Attribute get(String name) {
    return BY_NAME.get(name);
  }

  /** Returns whether {@code name} is an attribute of the caller's file, line or function. */
  public static boolean isCallerInfo(String name) {
    Attribute a = BY_NAME.get(name);
    return a != null && a.callerInfo();
  }

  /** Returns every attribute, in {@code RecordAttribute} order. */
  public static Iterable<Attribute> all() {
    return BY_NAME.values();
  }

  /** Returns the names for a message, comma-separated. */
  public static String names() {
    return String.join(", ", BY_NAME.keySet());
  }

  /** Returns "; did you mean 'x'?" when {@code name} differs from an attribute only in case. */
  public static String hint(String name) {
    for (String known : BY_NAME.keySet()) {
      if (known.equalsIgnoreCase(name) || known.equalsIgnoreCase(name.replace("_", ""))) {
        return "; did you mean '" + known + "'?";
      }
    }
    return "";
  }
}
