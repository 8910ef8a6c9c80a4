package dev.logwright.examples.buffering;

import dev.logwright.Logger;
import dev.logwright.Manager;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Logs through {@link BufferedLogging}: a queue to one file, a memory buffer to another. */
public final class BufferingExample {
  private BufferingExample() {}

  public static void main(String[] args) throws IOException {
    run(Files.createTempDirectory("logwright-buffering-"), System.out);
  }

  /** Logs with {@code LOG_DIR} set to {@code dir}; describes the result on {@code out}. */
  public static void run(Path dir, PrintStream out) throws IOException {
    out.println("== queue + memory handler (BufferedLogging)");
    System.setProperty("LOG_DIR", dir.toString());
    Manager manager = new Manager();
    try (BufferedLoggingPipeline logging = BufferedLoggingPipeline.create().install(manager)) {
      Logger log = manager.getLogger("app.payments");
      log.debug("connecting");
      log.info("charging card");
      log.error("card declined");
      log.info("retrying later");
    } finally {
      System.clearProperty("LOG_DIR");
    }
    try (Stream<Path> files = Files.list(dir).sorted()) {
      for (Path f : (Iterable<Path>) files::iterator) {
        out.printf("  %s:%n", f);
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          out.printf("    %s%n", line);
        }
      }
    }
  }
}
