package shop;

import dev.logwright.annotations.Log;
import dev.logwright.annotations.MessageLogger;

/** The order service's messages. */
@MessageLogger("app.orders")
public interface OrderLog {
  @Log(level = "INFO", message = "Order %d shipped to %s in %d ms")
  void shipped(long orderId, String city, int millis);

  @Log(level = "ERROR", message = "Payment failed for order %d")
  void paymentFailed(long orderId, Throwable cause);

  @Log(level = "DEBUG", message = "cart total %8.2f (%+d items, discount %r, express %s, 5%% off)")
  void cart(double total, int items, String discount, boolean express);

  @Log(level = "WARNING", message = "stock low: 100%")
  void stockLow();

  @Log(level = "15", message = "note: %s")
  void note(Object message);

  default void shippedHere(long orderId) {
    shipped(orderId, "here", 0);
  }
}
