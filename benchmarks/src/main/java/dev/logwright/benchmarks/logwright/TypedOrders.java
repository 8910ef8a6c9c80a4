package dev.logwright.benchmarks.logwright;

import dev.logwright.annotations.Log;
import dev.logwright.annotations.MessageLogger;

/**
 * The workload's message as a typed logger: the generated {@code TypedOrdersImpl} renders it from
 * the primitive parameters without boxing, and returns after one level check when disabled.
 */
@MessageLogger("bench.orders")
public interface TypedOrders {
  /** The shared workload's INFO line. */
  @Log(level = "INFO", message = "Order %d shipped to %s in %d ms")
  void shipped(long id, String city, int ms);

  /** The same call shape at DEBUG, below the logger's INFO: the disabled call. */
  @Log(level = "DEBUG", message = "Order %d shipped to %s in %d ms")
  void shippedDebug(long id, String city, int ms);
}
