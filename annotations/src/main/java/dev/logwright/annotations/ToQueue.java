package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code QueueHandler} with its {@code QueueListener}: the logging thread only enqueues records;
 * a listener thread passes them to {@link #handlers}. {@code close()} stops the listener, which
 * drains the queue first.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ToQueue {
  /** Names of the handler methods the listener passes records to; at least one. */
  String[] handlers();

  /** Let each handler's own level filter the records; default {@code false}, as Python. */
  boolean respectHandlerLevel() default false;

  /**
   * The queue's capacity, ≥ 0. {@code 0} (default) is an unbounded {@code LinkedBlockingQueue},
   * as Python's {@code Queue(-1)}; a positive capacity is a preallocated {@code RecordRingBuffer}
   * whose hand-off allocates nothing, and which, when full, does what {@link #whenFull} says.
   */
  int capacity() default 0;

  /**
   * What the ring buffer does with a record that arrives while it is full: {@link
   * WhenFull#DROP} (default) refuses it and reports it through {@code handleError}, never
   * blocking the caller; {@link WhenFull#WAIT} makes the caller wait for the listener, so nothing
   * is lost. Only for a bounded queue: setting it with {@code capacity = 0} is a compile error.
   */
  WhenFull whenFull() default WhenFull.DROP;
}
