package dev.logwright;

/**
 * Decides whether a record is logged, as Python's filters do. Attach filters to a {@link
 * Handler} or a {@link Logger} with {@code addFilter}; a record passes only if every filter
 * returns {@code true}. A filter may change the record it is given (to add context), but must
 * not keep it: the logger may reuse it afterwards.
 *
 * <p>{@link #named(String)} is Python's {@code logging.Filter(name)}.
 */
@FunctionalInterface
public interface Filter {
  /** Returns {@code true} if {@code record} is to be logged. */
  boolean filter(LogRecord record);

  /**
   * Returns Python's {@code Filter(name)}: it passes records of the logger {@code name} and its
   * children ({@code "a.b"} passes {@code "a.b"} and {@code "a.b.c"} but not {@code "a.bb"}); an
   * empty name passes every record.
   */
  static Filter named(String name) {
    return new NameFilter(name);
  }
}
