package dev.logwright;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The filter list shared by {@link Handler} and {@link Logger}, as Python's {@code Filterer}.
 * Adding and removing copy the list, so that {@link #filter} reads it without a lock and
 * without allocating.
 */
public abstract class Filterer {
  /**
   * Null while there are none, rather than an empty array: making one would load {@link Filter}
   * with the first handler or logger, which costs a program that logs as it starts.
   */
  private volatile Filter @Nullable [] filters;

  /** Adds {@code filter} unless it is already there. */
  public synchronized void addFilter(Filter filter) {
    if (filter == null) {
      throw new NullPointerException("filter == null");
    }
    Filter[] current = filters;
    if (current == null) {
      filters = new Filter[] {filter};
      return;
    }
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
    if (current == null) {
      return;
    }
    for (int i = 0; i < current.length; i++) {
      if (current[i] == filter) {
        if (current.length == 1) {
          filters = null;
          return;
        }
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
    Filter[] current = filters;
    return current == null
        ? Collections.emptyList()
        : Collections.unmodifiableList(Arrays.asList(current));
  }

  /**
   * Returns {@code true} if every filter passes {@code record}; stops at the first that does
   * not, as Python does.
   */
  public boolean filter(LogRecord record) {
    Filter[] current = filters;
    if (current == null) {
      return true;
    }
    for (Filter f : current) {
      if (!f.filter(record)) {
        return false;
      }
    }
    return true;
  }
}
