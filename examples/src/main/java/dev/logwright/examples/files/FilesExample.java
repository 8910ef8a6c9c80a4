package dev.logwright.examples.files;

import dev.logwright.Formatter;
import dev.logwright.Level;
import dev.logwright.Logger;
import dev.logwright.Manager;
import dev.logwright.handlers.FileHandler;
import dev.logwright.handlers.NullHandler;
import dev.logwright.handlers.RotatingFileHandler;
import dev.logwright.handlers.WatchedFileHandler;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes through the file handlers: a plain file, a size-rotated set with renamed backups, a
 * watched file that an outside "logrotate" moves away, and a library logger silenced by a
 * {@link NullHandler}. Prints where the files went and what each holds.
 */
public final class FilesExample {
  private FilesExample() {}

  public static void main(String[] args) throws IOException {
    run(Files.createTempDirectory("logwright-files-"), System.out);
  }

  /** Logs into {@code dir} and describes the result on {@code out}. */
  public static void run(Path dir, PrintStream out) throws IOException {
    Manager manager = new Manager();
    Logger app = manager.getLogger("app");
    app.setLevel(Level.DEBUG);
    app.setPropagate(false);
    Formatter format = new Formatter("%(levelname)s %(name)s: %(message)s");

    FileHandler all = new FileHandler(dir.resolve("all.log").toString(), "w");
    RotatingFileHandler rotating = new RotatingFileHandler(dir.resolve("orders.log").toString(), 256, 3);
    // orders.log.1 -> orders.1.log, so that the backups keep the .log suffix.
    rotating.setNamer(name -> name.replaceFirst("\\.log\\.(\\d+)$", ".$1.log"));
    WatchedFileHandler watched = new WatchedFileHandler(dir.resolve("audit.log").toString());
    watched.setLevel(Level.WARNING);
    for (dev.logwright.Handler h : List.of(all, rotating, watched)) {
      h.setFormatter(format);
      app.addHandler(h);
    }
    Logger library = manager.getLogger("somelib");
    library.addHandler(new NullHandler());
    library.setPropagate(false);

    try {
      for (int order = 1; order <= 20; order++) {
        app.info("order %d shipped to %s", order, order % 2 == 0 ? "Lyon" : "Zürich");
        if (order == 10) {
          app.warning("stock low after order %d", order);
          // What logrotate does: rename the file; the handler notices and reopens the name.
          Files.move(dir.resolve("audit.log"), dir.resolve("audit.log.1"));
        }
      }
      app.error("carrier unreachable");
      library.warning("dropped quietly by the NullHandler");
    } finally {
      all.close();
      rotating.close();
      watched.close();
    }
    describe(dir, out);
  }

  private static void describe(Path dir, PrintStream out) throws IOException {
    out.println("File handlers wrote to " + dir + ":");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.sorted().collect(Collectors.toList());
    }
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      out.printf("  %-14s %4d bytes, %2d lines, last: %s%n", f.getFileName(), Files.size(f),
          lines.size(), lines.isEmpty() ? "" : lines.get(lines.size() - 1));
    }
  }
}
