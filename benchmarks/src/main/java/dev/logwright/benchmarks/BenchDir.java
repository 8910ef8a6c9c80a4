package dev.logwright.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh directory for one framework's log files, under {@code -Dbench.tmp} (default: {@code
 * java.io.tmpdir}), deleted at the end of the trial so that 4 × 256 MB per framework never pile
 * up.
 */
public final class BenchDir implements AutoCloseable {
  /** Python's {@code maxBytes} for every framework: 256 MB. */
  public static final long MAX_BYTES = 256L * 1024 * 1024;
  /** Python's {@code backupCount} for every framework. */
  public static final int BACKUP_COUNT = 3;
  /** The logger every framework logs to. */
  public static final String LOGGER = "bench.orders";

  private final Path path;

  private BenchDir(Path path) {
    this.path = path;
  }

  /** Creates a new empty directory whose name starts with {@code framework}. */
  public static BenchDir create(String framework) {
    try {
      Path base = Paths.get(System.getProperty("bench.tmp", System.getProperty("java.io.tmpdir")));
      Files.createDirectories(base);
      return new BenchDir(Files.createTempDirectory(base, framework + "-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Wraps an existing directory (the start-up programs get theirs from the command line). */
  public static BenchDir of(Path path) {
    return new BenchDir(path);
  }

  public Path path() {
    return path;
  }

  /** Returns {@code name} inside this directory, as a string for configuration APIs. */
  public String file(String name) {
    return path.resolve(name).toString();
  }

  /** Deletes the directory and everything in it. */
  @Override
  public void close() {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(BenchDir::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
