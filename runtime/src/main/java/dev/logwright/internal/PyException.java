package dev.logwright.internal;

/**
 * An error Python raises while formatting text ({@code TypeError}, {@code ValueError}, {@code
 * KeyError}, {@code OverflowError}, {@code IndexError}, {@code AttributeError}), thrown as an
 * {@link IllegalArgumentException} whose message is Python's {@code str(error)}; a {@code
 * KeyError}'s message is {@code "KeyError: 'name'"} because the bare quoted key says little.
 */
public final class PyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String pythonType;

  private PyException(String pythonType, String message) {
    super(message);
    this.pythonType = pythonType;
  }

  /** Returns the name of the Python exception class: {@code "TypeError"}, {@code "KeyError"}… */
  public String pythonType() {
    return pythonType;
  }

  /** Returns what Python's {@code str(error)} prints. */
  public String pythonMessage() {
    String m = getMessage();
    return pythonType.equals("KeyError") ? m.substring("KeyError: ".length()) : m;
  }

  /** Python's {@code TypeError(message)}. */
  public static PyException typeError(String message) {
    return new PyException("TypeError", message);
  }

  /** Python's {@code ValueError(message)}. */
  public static PyException valueError(String message) {
    return new PyException("ValueError", message);
  }

  /** Python's {@code OverflowError(message)}. */
  public static PyException overflowError(String message) {
    return new PyException("OverflowError", message);
  }

  /** Python's {@code IndexError(message)}. */
  public static PyException indexError(String message) {
    return new PyException("IndexError", message);
  }

  /** Python's {@code AttributeError(message)}. */
  public static PyException attributeError(String message) {
    return new PyException("AttributeError", message);
  }

  /** Python's {@code KeyError(key)}: the message is {@code KeyError: } and the key's repr. */
  public static PyException keyError(Object key) {
    return new PyException("KeyError", "KeyError: " + PyRepr.repr(key));
  }
}
