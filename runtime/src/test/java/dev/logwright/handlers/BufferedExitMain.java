package dev.logwright.handlers;

import dev.logwright.Level;
import dev.logwright.LogRecord;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * Run by {@link BufferedModeTest} in its own JVM: logs one record to a buffered file handler
 * that is never closed, prints the file's size, and returns from {@code main}.
 */
public final class BufferedExitMain {
  private BufferedExitMain() {}

  public static void main(String[] args) throws Exception {
    FileHandler h = new FileHandler(args[0]);
    h.setBuffering(4096, 3_600_000L);
    h.handle(new LogRecord("x", Level.INFO, null, 0, "last words", null, null, null, null));
    System.out.print("buffered " + Files.size(Paths.get(args[0])) + "\n");
  }
}
