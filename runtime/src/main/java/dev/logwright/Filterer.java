package dev.logwright;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The filter list shared by {@link Handler} and {@link Logger}, as Python's {@code Filterer}.
 * Adding and removing copy the list, so that {@link #filter} reads it without a lock and
 * without allocating.
 */
public abstract class Filterer {
  private static final Filter[] NONE = new Filter[0];
  private volatile Filter[] filters = NONE;

  /** Adds {@code filter} unless it is already there. */
  public synchronized void addFilter(Filter filter) {
    if (filter == null) {
      throw new NullPointerException("filter == null");
    }
    Filter[] current = filters;
    for (Filter f : current) {
      if (f == filter) {
        return;
      }
    }
    Filter[] grown = Arrays.copyOf(current, current.length + 1);
    grown[current.length] = filter;
    filters = grown;
  }

  /** Removes {@code filter} if it is there. */
  public synchronized void removeFilter(Filter filter) {
    Filter[] current = filters;
    for (int i = 0; i < current.length; i++) {
      if (current[i] == filter) {
        Filter[] shrunk = new Filter[current.length - 1];
        System.arraycopy(current, 0, shrunk, 0, i);
        System.arraycopy(current, i + 1, shrunk, i, current.length - i - 1);
        filters = shrunk;
        return;
      }
    }
  }

  /** Returns the filters, in the order they were added. */
  public List<Filter> getFilters() {
    return Collections.unmodifiableList(Arrays.asList(filters));
  }

  /**
   * Returns {@code true} if every filter passes {@code record}; stops at the first that does
   * not, as Python does.
   */
  public boolean filter(LogRecord record) {
    for (Filter f : filters) {
      if (!f.filter(record)) {
        return false;
      }
    }
    return true;
  }
}
