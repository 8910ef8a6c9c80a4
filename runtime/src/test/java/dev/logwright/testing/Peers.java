package dev.logwright.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * The rule for tests that need a real program on the machine (python3, rsyslog, logrotate):
 * skipped with a message naming what is missing, except under {@code CI=true}, where a missing
 * peer fails the test because {@code .ci/run} installs every peer.
 */
public final class Peers {
  private Peers() {}

  /** Returns whether the tests run in CI ({@code CI=true}), where nothing may be skipped for a missing peer. */
  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /**
   * Skips the current test (or fails it in CI) unless {@code present}; {@code what} names the
   * missing peer and how to get it, e.g. {@code "logrotate (apt-get install logrotate)"}.
   */
  public static void require(boolean present, String what) {
    if (present) {
      return;
    }
    String message = "missing peer: " + what;
    if (inCi()) {
      throw new AssertionError(message + " (CI=true: .ci/run must install it)");
    }
    Assumptions.abort(message);
  }

  /** Returns the path of {@code program} on the PATH, or {@code null}. */
  public static java.nio.file.Path which(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      java.nio.file.Path candidate = java.nio.file.Paths.get(dir, program);
      if (java.nio.file.Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    for (String dir : new String[] {"/usr/sbin", "/sbin"}) {
      java.nio.file.Path candidate = java.nio.file.Paths.get(dir, program);
      if (java.nio.file.Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
