package dev.logwright.handlers;

import java.io.IOException;

/**
 * Moves the current log file out of the way when a rotating handler rolls over, as the {@code
 * rotator} callable of Python's {@code BaseRotatingHandler}. Without one the handler renames
 * {@code source} to {@code dest} when {@code source} exists; a rotator may instead compress
 * {@code source} into {@code dest} and delete it.
 *
 * <p>It is called with the handler's lock held and the current file closed. Whatever remains at
 * {@code source} afterwards is appended to when logging resumes (rotating handlers open in
 * append mode), so a rotator should leave {@code source} absent or empty. An exception it throws
 * ends the rollover and is reported through the handler's {@code handleError}.
 *
 * @see BaseRotatingHandler#setRotator
 * @see BaseRotatingHandler#rotate
 */
@FunctionalInterface
public interface Rotator {
  /**
   * Rotates the log file {@code source} (normally the base file name) to {@code dest} (normally
   * what {@link Namer} or the default naming made of {@code source + ".1"}).
   */
  void rotate(String source, String dest) throws IOException;
}
