package dev.logwright.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Buffers a handler method's handler instead of flushing every record (the runtime's {@code
 * StreamHandler.setBuffering(size, maxDelayMillis)}, called right after the handler is built).
 * Only handlers that are stream handlers take it: {@link ToStream}, {@link ToFile}, {@link
 * ToWatchedFile}, {@link ToRotatingFile} and {@link ToTimedRotatingFile}. Without it a handler
 * flushes after each record, as Python does.
 *
 * <p>Encoded records collect in a buffer of {@link #size} bytes and reach the stream or file in
 * one write when the next record would not fit, on {@code flush()} or {@code close()}, before a
 * file is closed or rolled over, and at the latest {@link #maxDelayMillis} after they were logged.
 * A normal JVM exit flushes too, but a crash, {@code kill -9} or power loss loses what was still
 * buffered: at most {@code size} bytes (twice that while a file handler writes a full buffer,
 * which it does outside its lock, with records going to a second buffer meanwhile), logged
 * within the last {@code maxDelayMillis}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Buffered {
  /** The buffer size in bytes; default 65536 (64 KiB), must be {@code > 0}. */
  int size() default 65536;

  /**
   * How long a record may wait in the buffer, in milliseconds; default 1000, must be {@code > 0}
   * (a buffered record needs a bound on how long it may wait).
   */
  long maxDelayMillis() default 1000;
}
