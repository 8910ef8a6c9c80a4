package dev.logwright.internal;

/**
 * The positional arguments of one {@code format % args} operation, each of which converts
 * itself: an argument held as a primitive is appended without being boxed. {@link Printf}
 * reads the format and asks for argument {@code i}; every method behaves as {@link Conversions}
 * does for the boxed value ({@code long} as {@code Long}, {@code double} as {@code Double}), so
 * the text and the errors are those of Python's {@code %} over the same values.
 */
public interface ArgumentSource {
  /** Returns the number of arguments (the length of Python's argument tuple). */
  int count();

  /**
   * Appends argument {@code i} converted by {@code conversion} with the given flags ({@link
   * Conversions#MINUS} …), width and precision (-1: none), or throws Python's error as a {@link
   * PyException}.
   */
  void convert(int i, StringBuilder out, int flags, int width, int precision, char conversion);

  /**
   * Returns argument {@code i} as the value of a {@code *} width or precision: a Python {@code
   * int} (see {@link Printf#starValue(long)}); anything else throws {@code TypeError: * wants int}.
   */
  int starValue(int i);
}
