package dev.logwright.examples.typed;

import dev.logwright.Logger;
import dev.logwright.Manager;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Logs through the typed {@link OrderLog} and a plain {@code Logger} of the same name into
 * {@link ShopLogging}'s generated pipeline, and shows what each handler wrote.
 */
public final class TypedExample {
  private TypedExample() {}

  public static void main(String[] args) throws IOException {
    run(Files.createTempDirectory("logwright-typed-"), System.out);
  }

  /** Logs with {@code LOG_DIR} set to {@code dir}; describes the result on {@code out}. */
  public static void run(Path dir, PrintStream out) throws IOException {
    out.println("== typed logger (@MessageLogger OrderLog) into a generated pipeline (ShopLogging)");
    System.setProperty("LOG_DIR", dir.toString());
    Manager manager = new Manager();
    try (ShopLoggingPipeline logging = ShopLoggingPipeline.create().install(manager)) {
      OrderLog orders = OrderLogImpl.create(manager);
      Logger plain = manager.getLogger("shop.orders");
      for (long order = 1; order <= 3; order++) {
        orders.checkingStock(order);
        orders.shipped(order, "Zürich", 40 + (int) order);
      }
      plain.info("Order %d shipped to %s in %d ms", 4L, "Lyon", 44);
      orders.carrierLate("SwiftPost", 12.5);
      orders.paymentFailed(5, new IllegalStateException("card declined"));
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
