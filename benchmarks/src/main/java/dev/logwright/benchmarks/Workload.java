package dev.logwright.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The arguments of the one message every framework logs: "Order {id} shipped to {city} in {ms}
 * ms" with a {@code long}, a {@code String} and an {@code int}.
 *
 * <p>Each benchmark thread has its own counter. The values vary per call so that no framework
 * can cache a formatted message, and most of them lie outside the JDK's box caches, as real
 * order numbers and durations do: a framework that boxes pays for it.
 */
@State(Scope.Thread)
public class Workload {
  private static final String[] CITIES = {
    "Lyon", "Porto", "Osaka", "Quito", "Tunis", "Perth", "Leeds", "Turin"
  };

  private long next = 1_000_000L;

  /** Returns the next order id of this thread. */
  public long nextId() {
    return next++;
  }

  /** The city of order {@code id}. */
  public static String city(long id) {
    return CITIES[(int) (id & 7)];
  }

  /** The duration of order {@code id} in milliseconds, 100 to 611. */
  public static int ms(long id) {
    return 100 + (int) (id & 511);
  }
}
