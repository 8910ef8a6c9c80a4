package dev.logwright.internal;

import java.io.File;
import java.io.IOException;

/**
 * The current process's id and name, as {@code os.getpid()} and multiprocessing's {@code
 * 'MainProcess'}. The id comes from {@code /proc/self} (Linux and Android), then from {@code
 * ProcessHandle} where the platform has it, else 0.
 */
public final class ProcessInfo {
  /** {@code "MainProcess"}, Python's name for a process not started by multiprocessing. */
  public static final String MAIN_PROCESS = "MainProcess";

  private static final long PID = findPid();

  private ProcessInfo() {}

  /** Returns the process id, or 0 when the platform does not tell it. */
  public static long pid() {
    return PID;
  }

  // java.io rather than java.nio.file: the file-system classes of java.io are loaded with the
  // JVM, those of java.nio.file would cost start-up time in a program that logs first.
  private static long findPid() {
    try {
      return Long.parseLong(new File("/proc/self").getCanonicalFile().getName());
    } catch (IOException | RuntimeException | LinkageError e) {
      return ProcessHandles.pidOrZero(); // no /proc: "self" is not a number
    }
  }
}
