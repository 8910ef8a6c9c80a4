package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code SocketHandler}: pickles each record and sends it, length-prefixed, over TCP, reconnecting
 * with back-off as Python does.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ToSocket {
  /** The host name or address. */
  String host();

  /** The port, 0–65535 (Python's default receiver listens on 9020). */
  int port();
}
