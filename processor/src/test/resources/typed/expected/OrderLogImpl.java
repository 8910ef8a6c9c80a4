package shop;

import dev.logwright.Level;
import dev.logwright.Logger;
import dev.logwright.Manager;
import dev.logwright.TypedMessages;
import javax.annotation.processing.Generated;

/**
 * The typed logger {@link OrderLog}, logging to the logger "app.orders".
 */
@Generated("dev.logwright.processor.MessageLoggerProcessor")
public final class OrderLogImpl implements OrderLog {
  private final Logger logger;

  private OrderLogImpl(Logger logger) {
    this.logger = logger;
  }

  /**
   * Returns an implementation of {@link OrderLog} logging to the logger "app.orders" of the global
   * hierarchy.
   */
  public static OrderLog create() {
    return new OrderLogImpl(Logger.getLogger("app.orders"));
  }

  /**
   * Returns an implementation of {@link OrderLog} logging to the logger "app.orders" of {@code
   * manager}'s hierarchy, e.g. the one a generated pipeline is installed in.
   */
  public static OrderLog create(Manager manager) {
    return new OrderLogImpl(manager.getLogger("app.orders"));
  }

  /**
   * Returns an implementation of {@link OrderLog} logging to {@code logger}, whatever its name.
   */
  public static OrderLog create(Logger logger) {
    if (logger == null) {
      throw new NullPointerException("logger == null");
    }
    return new OrderLogImpl(logger);
  }

  @Override
  public void shipped(long orderId, String city, int millis) {
    if (!this.logger.isEnabledFor(Level.INFO)) {
      return;
    }
    TypedMessages.Buffer buffer = TypedMessages.acquire();
    StringBuilder message = buffer.text();
    try {
      message.append("Order ");
      message.append(orderId);
      message.append(" shipped to ");
      message.append(city == null ? "None" : city);
      message.append(" in ");
      message.append(millis);
      message.append(" ms");
    } catch (RuntimeException error) {
      // Python's error for this format and these arguments: let the handlers report it,
      // as they do for a plain call with the same format and arguments.
      buffer.release();
      this.logger.log(Level.INFO, "Order %d shipped to %s in %d ms", new Object[] {orderId, city, millis}, null, false, 2, null);
      return;
    }
    try {
      this.logger.logMessage(Level.INFO, buffer, null, 2);
    } finally {
      buffer.release();
    }
  }

  @Override
  public void paymentFailed(long orderId, Throwable cause) {
    if (!this.logger.isEnabledFor(Level.ERROR)) {
      return;
    }
    TypedMessages.Buffer buffer = TypedMessages.acquire();
    StringBuilder message = buffer.text();
    try {
      message.append("Payment failed for order ");
      message.append(orderId);
    } catch (RuntimeException error) {
      // Python's error for this format and these arguments: let the handlers report it,
      // as they do for a plain call with the same format and arguments.
      buffer.release();
      this.logger.log(Level.ERROR, "Payment failed for order %d", new Object[] {orderId}, cause, false, 2, null);
      return;
    }
    try {
      this.logger.logMessage(Level.ERROR, buffer, cause, 2);
    } finally {
      buffer.release();
    }
  }

  @Override
  public void cart(double total, int items, String discount, boolean express) {
    if (!this.logger.isEnabledFor(Level.DEBUG)) {
      return;
    }
    TypedMessages.Buffer buffer = TypedMessages.acquire();
    StringBuilder message = buffer.text();
    try {
      message.append("cart total ");
      TypedMessages.append(message, total, 0, 8, 2, 'f');
      message.append(" (");
      TypedMessages.append(message, items, 2, -1, -1, 'd');
      message.append(" items, discount ");
      TypedMessages.append(message, discount, 0, -1, -1, 'r');
      message.append(", express ");
      TypedMessages.append(message, express, 0, -1, -1, 's');
      message.append(", 5% off)");
    } catch (RuntimeException error) {
      // Python's error for this format and these arguments: let the handlers report it,
      // as they do for a plain call with the same format and arguments.
      buffer.release();
      this.logger.log(Level.DEBUG, "cart total %8.2f (%+d items, discount %r, express %s, 5%% off)", new Object[] {total, items, discount, express}, null, false, 2, null);
      return;
    }
    try {
      this.logger.logMessage(Level.DEBUG, buffer, null, 2);
    } finally {
      buffer.release();
    }
  }

  @Override
  public void stockLow() {
    if (!this.logger.isEnabledFor(Level.WARNING)) {
      return;
    }
    this.logger.logMessage(Level.WARNING, "stock low: 100%", null, 2);
  }

  @Override
  public void note(Object message) {
    if (!this.logger.isEnabledFor(15)) {
      return;
    }
    TypedMessages.Buffer buffer = TypedMessages.acquire();
    StringBuilder message_ = buffer.text();
    try {
      message_.append("note: ");
      TypedMessages.append(message_, message, 0, -1, -1, 's');
    } catch (RuntimeException error) {
      // Python's error for this format and these arguments: let the handlers report it,
      // as they do for a plain call with the same format and arguments.
      buffer.release();
      this.logger.log(15, "note: %s", new Object[] {message}, null, false, 2, null);
      return;
    }
    try {
      this.logger.logMessage(15, buffer, null, 2);
    } finally {
      buffer.release();
    }
  }
}
