package dev.logwright.examples.timed;

import dev.logwright.Logger;
import dev.logwright.Manager;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Logs across three seconds so that {@link TimedLogging} rolls over twice, compressing backups. */
public final class TimedExample {
  private TimedExample() {}

  public static void main(String[] args) throws Exception {
    run(Files.createTempDirectory("logwright-timed-"), System.out);
  }

  /** Logs with {@code LOG_DIR} set to {@code dir}; describes the result on {@code out}. */
  public static void run(Path dir, PrintStream out) throws IOException, InterruptedException {
    out.println("== timed rotation with a compressing namer and rotator (TimedLogging)");
    System.setProperty("LOG_DIR", dir.toString());
    Manager manager = new Manager();
    try (TimedLoggingPipeline logging = TimedLoggingPipeline.create().install(manager)) {
      Logger log = manager.getLogger("app.timed");
      for (int second = 0; second < 3; second++) {
        log.info("tick %d", second);
        // The handler rolls over at the next whole second; sleep past it.
        Thread.sleep(1100);
      }
      log.info("done");
    } finally {
      System.clearProperty("LOG_DIR");
    }
    try (Stream<Path> files = Files.list(dir).sorted()) {
      for (Path f : (Iterable<Path>) files::iterator) {
        out.printf("  %s: %d bytes%n", f, Files.size(f));
      }
    }
  }
}
