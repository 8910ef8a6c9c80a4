package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code MemoryHandler}: buffers records and passes them to {@link #target} when the buffer is
 * full, a record at {@link #flushLevel} or above arrives, or on close.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ToMemory {
  /** How many records to buffer, &gt; 0. */
  int capacity();

  /** The level that triggers a flush; default {@code "ERROR"}. */
  String flushLevel() default "ERROR";

  /** The name of the handler method that receives the records; {@code ""} (default) none. */
  String target() default "";

  /** Flush to the target on close; default {@code true}. */
  boolean flushOnClose() default true;
}
