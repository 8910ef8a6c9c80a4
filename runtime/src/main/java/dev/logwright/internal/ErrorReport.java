package dev.logwright.internal;

import dev.logwright.LogRecord;
import dev.logwright.Logging;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;

/**
 * Python's {@code Handler.handleError} report: {@code --- Logging error ---}, the error's stack
 * trace, the stack of the logging call outside Logwright, and the message and arguments.
 */
public final class ErrorReport {
  private static final String LOGGER = "dev.logwright.Logger";
  // A fluent call's log(...) calls the logger: its frame is logging's too.
  private static final String LOG_CALL = "dev.logwright.LogCall";

  private ErrorReport() {}

  /**
   * Prints the report for {@code error} raised while handling {@code record} to the current
   * {@code System.err}, unless {@link Logging#raiseExceptions()} is off. Restores the thread's
   * interrupt flag when the error came from an interrupt. Never throws.
   */
  public static void report(LogRecord record, Throwable error) {
    // A socket timeout is an InterruptedIOException, but no interrupt happened.
    if (error instanceof InterruptedException
        || error instanceof ClosedByInterruptException
        || (error instanceof InterruptedIOException && !(error instanceof SocketTimeoutException))) {
      Thread.currentThread().interrupt();
    }
    if (!Logging.raiseExceptions()) {
      return;
    }
    PrintStream err = System.err;
    if (err == null) {
      return;
    }
    try {
      StringBuilder sb = new StringBuilder(1024);
      sb.append("--- Logging error ---\n");
      sb.append(StackTraces.format(error)).append('\n');
      sb.append("Call stack:\n");
      appendCallStack(sb, record);
      appendMessageAndArguments(sb, record);
      err.print(sb);
      err.flush();
    } catch (RuntimeException ignored) {
      // Nothing is left to report to: the report itself failed (Python ignores OSError here).
    }
  }

  private static void appendCallStack(StringBuilder sb, LogRecord record) {
    StackTraceElement[] stack = new Throwable().getStackTrace();
    int first = firstCallerFrame(stack);
    if (first >= stack.length) {
      sb.append("Logged from file ").append(record.getFilename()).append(", line ")
          .append(record.getLineno()).append('\n');
      return;
    }
    for (int i = first; i < stack.length; i++) {
      sb.append("\tat ").append(stack[i]).append('\n');
    }
  }

  /**
   * Returns the index of the first frame outside logging, as Python walks up "until we're out
   * of logging": the frame after the outermost {@code Logger} frame, or, for a handler called
   * directly, after the outermost {@code handle} of a runtime class.
   */
  private static int firstCallerFrame(StackTraceElement[] stack) {
    int last = -1;
    for (int i = 0; i < stack.length; i++) {
      String cls = stack[i].getClassName();
      boolean loggerFrame = cls.equals(LOGGER) || cls.equals(LOG_CALL);
      boolean handleFrame = stack[i].getMethodName().equals("handle")
          && (isRuntimePackage(cls, "dev.logwright.") || isRuntimePackage(cls, "dev.logwright.handlers."));
      if (loggerFrame || handleFrame) {
        last = i;
      }
    }
    return last + 1;
  }

  private static boolean isRuntimePackage(String className, String pkg) {
    return className.startsWith(pkg) && className.indexOf('.', pkg.length()) < 0;
  }

  private static void appendMessageAndArguments(StringBuilder sb, LogRecord record) {
    int mark = sb.length();
    try {
      sb.append("Message: ");
      PyRepr.appendRepr(sb, record.getMsg());
      sb.append("\nArguments: ");
      Object[] args = record.getArgs();
      if (args == null) {
        sb.append("None");
      } else {
        PyRepr.appendTuple(sb, args);
      }
      sb.append('\n');
    } catch (RuntimeException e) {
      sb.setLength(mark);
      sb.append("Unable to print the message and arguments - possible formatting error.\n"
          + "Use the traceback above to help find the error.\n");
    }
  }
}
