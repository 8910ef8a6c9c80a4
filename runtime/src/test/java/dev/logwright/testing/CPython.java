package dev.logwright.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs CPython for differential tests: the interpreter named by {@code LOGWRIGHT_PYTHON}, else
 * {@code python3}. {@link #require(int, int)} skips a test (fails it under {@code CI=true})
 * when there is no interpreter or it is older than the version whose behaviour the test pins.
 */
public final class CPython {
  private static volatile String cachedVersion;

  private CPython() {}

  /** Returns the interpreter command. */
  public static String executable() {
    String configured = System.getenv("LOGWRIGHT_PYTHON");
    return configured != null && !configured.isEmpty() ? configured : "python3";
  }

  /** Returns the interpreter's version as {@code "3.13.0"}, or {@code null} when it does not run. */
  public static String version() {
    String v = cachedVersion;
    if (v == null) {
      try {
        Result r = run("import sys; print('%d.%d.%d' % sys.version_info[:3])", "", Map.of(), null);
        v = r.exitCode == 0 ? r.stdout.trim() : "";
      } catch (IOException e) {
        v = "";
      }
      cachedVersion = v;
    }
    return v.isEmpty() ? null : v;
  }

  /** Skips (or, in CI, fails) the test unless CPython {@code major.minor} or newer is available. */
  public static void require(int major, int minor) {
    String v = version();
    Peers.require(v != null, "CPython (" + executable() + " does not run; set LOGWRIGHT_PYTHON)");
    String[] parts = v.split("\\.");
    int maj = Integer.parseInt(parts[0]);
    int min = Integer.parseInt(parts[1]);
    boolean recent = maj > major || (maj == major && min >= minor);
    Peers.require(recent, "CPython " + major + "." + minor + "+ (" + executable() + " is " + v
        + "; set LOGWRIGHT_PYTHON, e.g. PYENV_VERSION=3.13.0 python3)");
  }

  /** Runs {@code script} with {@code stdin}, extra environment and working directory; waits up to 120 s. */
  public static Result run(String script, String stdin, Map<String, String> env, Path workDir)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(executable());
    command.add("-c");
    command.add(script);
    return exec(command, stdin, env, workDir);
  }

  /** Runs the script file {@code script} with {@code args}. */
  public static Result runFile(Path script, List<String> args, String stdin, Map<String, String> env, Path workDir)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(executable());
    command.add(script.toString());
    command.addAll(args);
    return exec(command, stdin, env, workDir);
  }

  private static Result exec(List<String> command, String stdin, Map<String, String> env, Path workDir)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    if (workDir != null) {
      pb.directory(workDir.toFile());
    }
    Process p = pb.start();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread outPump = pump(p.getInputStream(), out);
      Thread errPump = pump(p.getErrorStream(), err);
      try (OutputStream in = p.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        throw new IOException("python did not finish within 120 s: " + command);
      }
      outPump.join();
      errPump.join();
      return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running python", e);
    } finally {
      p.destroyForcibly();
    }
  }

  private static Thread pump(InputStream in, OutputStream out) {
    Thread t = new Thread(() -> {
      try {
        in.transferTo(out);
      } catch (IOException ignored) {
        // the process ended; what was read is kept
      }
    });
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** What a finished interpreter returned. */
  public static final class Result {
    public final int exitCode;
    public final String stdout;
    public final String stderr;

    Result(int exitCode, String stdout, String stderr) {
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.stderr = stderr;
    }

    /** Returns stdout, failing with stderr in the message when the script did not exit 0. */
    public String checkedStdout() {
      if (exitCode != 0) {
        throw new AssertionError("python exited " + exitCode + ":\n" + stderr);
      }
      return stdout;
    }
  }
}
