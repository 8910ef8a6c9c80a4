package dev.logwright.handlers;

/**
 * Chooses the name a rotated log file gets, as the {@code namer} callable of Python's {@code
 * BaseRotatingHandler}: given the name the handler would use by default (for example {@code
 * /var/log/app.log.1}), returns the name to use instead (for example {@code
 * /var/log/app.1.log}).
 *
 * <p>A rotating handler calls it for every name it derives, including names it only tests for
 * existence, so it must be a pure function of its argument: the same default name must always
 * map to the same result, and distinct default names to distinct results. When the namer adds
 * a suffix that a {@link Rotator} relies on (such as {@code .gz}), the two must agree.
 *
 * @see BaseRotatingHandler#setNamer
 * @see BaseRotatingHandler#rotationFilename
 */
@FunctionalInterface
public interface Namer {
  /** Returns the file name to use in place of {@code defaultName}; never {@code null}. */
  String name(String defaultName);
}
