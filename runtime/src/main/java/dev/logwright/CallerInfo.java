package dev.logwright;

/**
 * Finds the code that made a logging call, as Python's {@code findCaller}: the first stack
 * frame outside the logger, then {@code stacklevel - 1} frames further out.
 *
 * <p>Java has no source paths at run time, so {@code pathname} is the source file under its
 * package directory ({@code com/example/Shop.java}), {@code filename} its last element and
 * {@code module} that name without {@code .java}.
 */
final class CallerInfo {
  private static final String LOGGER = Logger.class.getName();
  private static final String SELF = CallerInfo.class.getName();

  private CallerInfo() {}

  /** Fills {@code record}'s caller attributes and, when asked, its {@code stack_info}. */
  static void fill(LogRecord record, int stacklevel, boolean stackInfo) {
    StackTraceElement[] stack = new Throwable().getStackTrace();
    int i = 0;
    while (i < stack.length && isLoggingFrame(stack[i])) {
      i++;
    }
    i += Math.max(stacklevel, 1) - 1;
    if (i >= stack.length) {
      // As Python 3.11+: a stacklevel beyond the stack means the outermost frame.
      i = stack.length - 1;
    }
    if (i < 0) {
      return;
    }
    StackTraceElement caller = stack[i];
    record.setCaller(pathname(caller), Math.max(caller.getLineNumber(), 0), caller.getMethodName());
    if (stackInfo) {
      record.setStackInfo(stackInfo(stack, i));
    }
  }

  private static boolean isLoggingFrame(StackTraceElement frame) {
    String cls = frame.getClassName();
    return cls.equals(LOGGER) || cls.equals(SELF);
  }

  private static String pathname(StackTraceElement frame) {
    String file = frame.getFileName();
    String cls = frame.getClassName();
    int dot = cls.lastIndexOf('.');
    String dir = dot < 0 ? "" : cls.substring(0, dot + 1).replace('.', '/');
    if (file == null) {
      int dollar = cls.indexOf('$', dot + 1);
      String top = dollar < 0 ? cls.substring(dot + 1) : cls.substring(dot + 1, dollar);
      file = top + ".java";
    }
    return dir + file;
  }

  /** Python's {@code Stack (most recent call last):} block, oldest frame first. */
  private static String stackInfo(StackTraceElement[] stack, int callerIndex) {
    StringBuilder sb = new StringBuilder("Stack (most recent call last):\n");
    for (int j = stack.length - 1; j >= callerIndex; j--) {
      StackTraceElement f = stack[j];
      sb.append("  File \"").append(pathname(f)).append("\", line ")
          .append(Math.max(f.getLineNumber(), 0)).append(", in ").append(f.getMethodName());
      if (j > callerIndex) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
