package dev.logwright;

import org.jspecify.annotations.Nullable;

/**
 * Process-wide switches of Python's {@code logging} module.
 *
 * <p>{@link #setRaiseExceptions} is {@code logging.raiseExceptions}: when off, handlers drop
 * their errors silently instead of printing the {@code --- Logging error ---} report. {@link
 * #lastResort()} is the handler used when a record finds no handler at all.
 */
public final class Logging {
  private static volatile boolean raiseExceptions = true;
  private static volatile @Nullable Handler lastResort = new StderrHandler(Level.WARNING);

  private Logging() {}

  /** Returns whether handler errors are reported on {@code System.err}; {@code true} by default. */
  public static boolean raiseExceptions() {
    return raiseExceptions;
  }

  /** Turns the {@code --- Logging error ---} report of {@link Handler#handleError} on or off. */
  public static void setRaiseExceptions(boolean value) {
    raiseExceptions = value;
  }

  /**
   * Returns the handler of last resort: it writes {@code WARNING} and above to the current
   * {@code System.err} when a logger and its ancestors have no handlers, as Python's {@code
   * logging.lastResort}.
   */
  public static @Nullable Handler lastResort() {
    return lastResort;
  }

  /**
   * Replaces the handler of last resort. With {@code null}, a record that finds no handler makes
   * the logger print {@code No handlers could be found for logger "name"} once, as Python does
   * when {@code lastResort} is {@code None}.
   */
  public static void setLastResort(@Nullable Handler handler) {
    lastResort = handler;
  }
}
