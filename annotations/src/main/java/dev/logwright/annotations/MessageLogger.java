package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a typed logger: an interface whose abstract methods each carry a {@link Log} and log
 * one message to the logger named here. The processor checks every message against its method's
 * parameters at compile time and generates {@code <Interface>Impl} with factories {@code
 * create()} (the global hierarchy), {@code create(Manager)} (e.g. the hierarchy a generated
 * pipeline is installed in) and {@code create(Logger)}.
 *
 * <pre>{@code
 * @MessageLogger("app.orders")
 * interface OrderLog {
 *   @Log(level = "INFO", message = "Order %d shipped to %s in %d ms")
 *   void shipped(long orderId, String city, int millis);
 * }
 * OrderLog log = OrderLogImpl.create();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MessageLogger {
  /** The dotted logger name, e.g. {@code "app.orders"}; not empty, no empty segment. */
  String value();
}
