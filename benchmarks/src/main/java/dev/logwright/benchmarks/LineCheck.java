package dev.logwright.benchmarks;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Proves that a framework wrote the agreed line, so that every row of the table measures the
 * same work: Python's {@code %(asctime)s %(levelname)s %(name)s: %(message)s} with {@code
 * yyyy-MM-dd HH:mm:ss,SSS} time, e.g. {@code 2026-11-23 20:45:01,042 INFO bench.orders: Order
 * 1000042 shipped to Quito in 142 ms}.
 *
 * <p>Checks the first and the last line of every log file in the directory (a full read of 1 GB
 * would slow the tear-down for nothing: every line comes from the same code path).
 */
public final class LineCheck {
  /** The line every framework must write. */
  public static final Pattern LINE =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} INFO bench\\.orders: "
              + "Order \\d+ shipped to [A-Z][a-z]+ in \\d+ ms");

  private LineCheck() {}

  /**
   * Checks the log files in {@code dir} and returns how many there are.
   *
   * @throws IllegalStateException if there is no non-empty log file, or a line differs
   */
  public static int verify(Path dir) {
    List<Path> logs = logFiles(dir);
    if (logs.isEmpty()) {
      throw new IllegalStateException("no log line was written in " + dir);
    }
    for (Path log : logs) {
      check(log, firstLine(log));
      check(log, lastLine(log));
    }
    return logs.size();
  }

  private static List<Path> logFiles(Path dir) {
    List<Path> logs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (!p.toString().endsWith(".lck") && Files.isRegularFile(p) && Files.size(p) > 0) {
          logs.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return logs;
  }

  private static void check(Path file, String line) {
    if (!LINE.matcher(line).matches()) {
      throw new IllegalStateException("unexpected line in " + file + ": \"" + line + "\"");
    }
  }

  private static String firstLine(Path file) {
    byte[] head = readRange(file, 0, 4096);
    String text = new String(head, StandardCharsets.UTF_8);
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static String lastLine(Path file) {
    try {
      long size = Files.size(file);
      long from = Math.max(0, size - 4096);
      String text = new String(readRange(file, from, (int) (size - from)), StandardCharsets.UTF_8);
      if (!text.endsWith("\n")) {
        throw new IllegalStateException(file + " does not end with a line feed");
      }
      text = text.substring(0, text.length() - 1);
      return text.substring(text.lastIndexOf('\n') + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readRange(Path file, long from, int max) {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      int n = (int) Math.min(max, in.length() - from);
      byte[] bytes = new byte[n];
      in.seek(from);
      in.readFully(bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
