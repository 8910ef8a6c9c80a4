package dev.logwright.examples.typed;

import dev.logwright.annotations.Log;
import dev.logwright.annotations.MessageLogger;

/**
 * The order service's messages, checked at compile time against their parameters; the generated
 * {@code OrderLogImpl} renders them without boxing and does nothing for a disabled level.
 */
@MessageLogger("shop.orders")
public interface OrderLog {
  @Log(level = "DEBUG", message = "checking stock for order %d")
  void checkingStock(long orderId);

  @Log(level = "INFO", message = "Order %d shipped to %s in %d ms")
  void shipped(long orderId, String city, int millis);

  @Log(level = "WARNING", message = "Carrier %r is %.1f%% late")
  void carrierLate(String carrier, double percent);

  @Log(level = "ERROR", message = "Payment failed for order %d")
  void paymentFailed(long orderId, Throwable cause);
}
