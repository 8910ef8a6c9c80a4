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
   * whose hand-off allocates nothing, and which drops (and reports through {@code handleError})
   * records that arrive while it is full, never blocking the caller.
   */
  int capacity() default 0;
}
