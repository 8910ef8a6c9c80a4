package dev.logwright.benchmarks.startup;

/** The floor of the start-up figures: a JVM that starts, runs an empty {@code main} and exits. */
public final class EmptyMain {
  private EmptyMain() {}

  public static void main(String[] args) {
    // Nothing: the time is the JVM's own.
  }
}
