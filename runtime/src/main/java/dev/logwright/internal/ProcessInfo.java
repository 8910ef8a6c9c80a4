package dev.logwright.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The current process's id and name, as {@code os.getpid()} and multiprocessing's {@code
 * 'MainProcess'}. The id comes from {@code /proc/self} (Linux and Android), then from {@code
 * ProcessHandle} where the platform has it, else 0.
 */
public final class ProcessInfo {
  private static final long PID = findPid();

  private ProcessInfo() {}

  /** Returns the process id, or 0 when the platform does not tell it. */
  public static long pid() {
    return PID;
  }

  /** Returns {@code "MainProcess"}, Python's name for a process not started by multiprocessing. */
  public static String processName() {
    return "MainProcess";
  }

  private static long findPid() {
    try {
      Path self = Files.readSymbolicLink(Paths.get("/proc/self"));
      return Long.parseLong(self.getFileName().toString());
    } catch (IOException | RuntimeException | LinkageError e) {
      return ProcessHandles.pidOrZero();
    }
  }
}
