package dev.logwright.handlers;

import dev.logwright.testing.CPython;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A CPython script from {@code src/test/resources/python/} running as a peer: its stdout lines
 * are collected as they come, its stderr is kept for failure messages, and {@link #close()}
 * stops the process by its handle.
 */
final class PythonPeer implements AutoCloseable {
  private static final String EOF = "\u0000EOF";

  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final StringBuffer stderr = new StringBuffer();

  private PythonPeer(Process process) {
    this.process = process;
    Thread out = new Thread(() -> pump(new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), true));
    Thread err = new Thread(() -> pump(new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)), false));
    out.setDaemon(true);
    err.setDaemon(true);
    out.start();
    err.start();
  }

  /** Starts {@code script} (a file of the test resources' {@code python/} folder) with {@code args}. */
  static PythonPeer start(String script, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(CPython.executable());
    command.add(script(script).toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    return new PythonPeer(pb.start());
  }

  static Path script(String name) {
    try {
      return Paths.get(PythonPeer.class.getResource("/python/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private void pump(BufferedReader reader, boolean toLines) {
    try (reader) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (toLines) {
          lines.add(line);
        } else {
          stderr.append(line).append('\n');
        }
      }
    } catch (IOException ignored) {
      // the process ended
    } finally {
      if (toLines) {
        lines.add(EOF);
      }
    }
  }

  /** Waits up to 30 s for a line starting with {@code prefix} and returns the rest of it. */
  String awaitLine(String prefix) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (line == null || line.equals(EOF)) {
        throw new AssertionError("no '" + prefix + "' line from python; stderr:\n" + stderr);
      }
      if (line.startsWith(prefix)) {
        return line.substring(prefix.length()).trim();
      }
    }
  }

  /** Waits up to 30 s for the script to end and returns every line it printed since the last await. */
  List<String> awaitOutput() throws InterruptedException {
    List<String> out = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (line == null) {
        throw new AssertionError("python did not finish; so far " + out + "; stderr:\n" + stderr);
      }
      if (line.equals(EOF)) {
        process.waitFor(30, TimeUnit.SECONDS);
        if (process.exitValue() != 0) {
          throw new AssertionError("python exited " + process.exitValue() + "; output " + out
              + "; stderr:\n" + stderr);
        }
        return out;
      }
      out.add(line);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
