package dev.logwright.internal;

/**
 * A Python tuple for display: {@link PyRepr} prints it as {@code (1, 'a')} and {@link PyTypes}
 * names it {@code tuple}. A record's {@code args} are shown through one, as Python stores them.
 */
public final class PyTuple {
  private final Object[] items;

  /** Wraps {@code items} without copying; the tuple shows whatever the array holds. */
  public PyTuple(Object[] items) {
    this.items = items;
  }

  /** Returns the wrapped items. */
  public Object[] items() {
    return items;
  }

  @Override
  public String toString() {
    return PyRepr.repr(this);
  }
}
