package dev.logwright.examples.console;

import dev.logwright.Logger;
import dev.logwright.Manager;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Logs through {@link ConsoleLogging}'s generated pipeline and shows which files it wrote. */
public final class ConsoleExample {
  private ConsoleExample() {}

  public static void main(String[] args) throws IOException {
    run(Files.createTempDirectory("logwright-console-"), System.out);
  }

  /** Logs with {@code LOG_DIR} set to {@code dir}; describes the result on {@code out}. */
  public static void run(Path dir, PrintStream out) throws IOException {
    out.println("== console + rotating file (annotated interface ConsoleLogging)");
    System.setProperty("LOG_DIR", dir.toString());
    try (ConsoleLoggingPipeline logging = ConsoleLoggingPipeline.create().install(new Manager())) {
      Logger orders = logging.orders();
      for (int order = 1; order <= 6; order++) {
        orders.debug("checking stock for order %d", order);
        orders.info("order %d shipped", order);
      }
      orders.warning("carrier slow");
    } finally {
      System.clearProperty("LOG_DIR");
    }
    try (Stream<Path> files = Files.list(dir).sorted()) {
      for (Path f : (Iterable<Path>) files::iterator) {
        out.printf("  %s: %d lines%n", f, Files.readAllLines(f, StandardCharsets.UTF_8).size());
      }
    }
  }
}
