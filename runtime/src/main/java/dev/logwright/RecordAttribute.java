package dev.logwright;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The attributes of a {@link LogRecord} by their Python names, read without reflection. Format
 * strings ({@code %(levelname)s}) and the pickling handlers address attributes through this
 * table.
 */
public enum RecordAttribute {
  NAME("name"),
  MSG("msg"),
  ARGS("args"),
  LEVELNAME("levelname"),
  LEVELNO("levelno"),
  PATHNAME("pathname"),
  FILENAME("filename"),
  MODULE("module"),
  EXC_INFO("exc_info"),
  EXC_TEXT("exc_text"),
  STACK_INFO("stack_info"),
  LINENO("lineno"),
  FUNC_NAME("funcName"),
  CREATED("created"),
  MSECS("msecs"),
  RELATIVE_CREATED("relativeCreated"),
  THREAD("thread"),
  THREAD_NAME("threadName"),
  PROCESS_NAME("processName"),
  PROCESS("process"),
  TASK_NAME("taskName"),
  MESSAGE("message"),
  ASCTIME("asctime");

  private static final Map<String, RecordAttribute> BY_NAME = new HashMap<>();

  static {
    for (RecordAttribute a : values()) {
      BY_NAME.put(a.pythonName, a);
    }
  }

  private final String pythonName;

  RecordAttribute(String pythonName) {
    this.pythonName = pythonName;
  }

  /** Returns the attribute's name in Python ({@code "funcName"}, {@code "exc_text"}). */
  public String pythonName() {
    return pythonName;
  }

  /** Returns the attribute called {@code pythonName}, or {@code null} if a record has none. */
  public static @Nullable RecordAttribute forName(String pythonName) {
    return BY_NAME.get(pythonName);
  }

  /** Returns whether formatting this attribute needs the caller's file, line or function. */
  public boolean isCallerInfo() {
    return this == PATHNAME || this == FILENAME || this == MODULE || this == LINENO
        || this == FUNC_NAME;
  }

  /** Reads this attribute of {@code record}; numbers are boxed, as Python sees them. */
  public @Nullable Object get(LogRecord record) {
    switch (this) {
      case NAME: return record.getName();
      case MSG: return record.getMsg();
      case ARGS: return record.getArgs();
      case LEVELNAME: return record.getLevelname();
      case LEVELNO: return record.getLevelno();
      case PATHNAME: return record.getPathname();
      case FILENAME: return record.getFilename();
      case MODULE: return record.getModule();
      case EXC_INFO: return record.getExcInfo();
      case EXC_TEXT: return record.getExcText();
      case STACK_INFO: return record.getStackInfo();
      case LINENO: return record.getLineno();
      case FUNC_NAME: return record.getFuncName();
      case CREATED: return record.getCreated();
      case MSECS: return record.getMsecs();
      case RELATIVE_CREATED: return record.getRelativeCreated();
      case THREAD: return record.getThread();
      case THREAD_NAME: return record.getThreadName();
      case PROCESS_NAME: return record.getProcessName();
      case PROCESS: return record.getProcess();
      case TASK_NAME: return record.getTaskName();
      case MESSAGE: return record.getMessageAttribute();
      case ASCTIME: return record.getAsctime();
      default: throw new AssertionError(this);
    }
  }
}
