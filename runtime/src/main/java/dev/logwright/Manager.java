package dev.logwright;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Holds a hierarchy of loggers by dotted name, as Python's {@code logging.Manager}: {@code
 * getLogger("a.b.c")} creates the logger and links it to its nearest existing ancestor, with
 * placeholders for the names in between so that a later {@code getLogger("a.b")} slots in.
 *
 * <p>{@link #global()} is the hierarchy behind {@link Logger#getLogger(String)}; tests and
 * embedded uses create their own with {@link #Manager()}.
 */
public final class Manager {
  private static final Manager GLOBAL = new Manager();

  private final Object lock = new Object();
  private final Logger root;
  // Values are Logger or Placeholder, as Python's loggerDict.
  private final Map<String, Object> loggers = new HashMap<>();
  private volatile int disable = Level.NOTSET;
  private volatile boolean emittedNoHandlerWarning;

  /** Creates an empty hierarchy with its own root logger at level {@code WARNING}. */
  public Manager() {
    this.root = new Logger("root", Level.WARNING, this);
  }

  /** Returns the process-wide hierarchy used by {@link Logger#getLogger(String)}. */
  public static Manager global() {
    return GLOBAL;
  }

  /** Returns the root logger of this hierarchy. */
  public Logger getRoot() {
    return root;
  }

  /**
   * Returns the logger called {@code name}, creating it (and fixing up the hierarchy) if needed.
   * An empty name, or {@code "root"}, is the root logger (Python 3.9+).
   */
  public Logger getLogger(String name) {
    if (name.isEmpty() || name.equals(root.getName())) {
      return root;
    }
    synchronized (lock) {
      Object existing = loggers.get(name);
      if (existing instanceof Logger) {
        return (Logger) existing;
      }
      Logger logger = new Logger(name, Level.NOTSET, this);
      loggers.put(name, logger);
      if (existing instanceof Placeholder) {
        fixupChildren((Placeholder) existing, logger);
      }
      fixupParents(logger);
      clearCaches();
      return logger;
    }
  }

  /** Returns the logger called {@code name} if it exists, without creating it. */
  public @Nullable Logger getExistingLogger(String name) {
    synchronized (lock) {
      Object existing = loggers.get(name);
      return existing instanceof Logger ? (Logger) existing : null;
    }
  }

  /** Returns the names of the loggers created so far (not placeholders), in no order. */
  public List<String> getLoggerNames() {
    synchronized (lock) {
      List<String> names = new ArrayList<>();
      for (Map.Entry<String, Object> e : loggers.entrySet()) {
        if (e.getValue() instanceof Logger) {
          names.add(e.getKey());
        }
      }
      return names;
    }
  }

  /**
   * Disables every logging call at {@code level} and below, as Python's {@code
   * logging.disable(level)}; {@link Level#NOTSET} lifts it.
   */
  public void disable(int level) {
    this.disable = level;
    clearCaches();
  }

  /** Returns the level set by {@link #disable}. */
  public int getDisable() {
    return disable;
  }

  /**
   * Forgets every logger's cached {@code isEnabledFor} answer, as Python's {@code _clear_cache},
   * after any change that can alter one. Under the lock, so that no answer computed before the
   * change can be stored after it.
   */
  void clearCaches() {
    synchronized (lock) {
      root.setEnabledBound(Logger.UNKNOWN);
      for (Object node : loggers.values()) {
        if (node instanceof Logger) {
          ((Logger) node).setEnabledBound(Logger.UNKNOWN);
        }
      }
    }
  }

  /** Computes and caches {@code logger}'s {@code isEnabledFor} answer. */
  long computeEnabledBound(Logger logger) {
    synchronized (lock) {
      long bound = logger.enabledBound(disable);
      logger.setEnabledBound(bound);
      return bound;
    }
  }

  /** Returns {@code true} once per hierarchy: whether to print the "No handlers" warning now. */
  boolean takeNoHandlerWarning() {
    synchronized (lock) {
      if (emittedNoHandlerWarning) {
        return false;
      }
      emittedNoHandlerWarning = true;
      return true;
    }
  }

  private void fixupParents(Logger logger) {
    String name = logger.getName();
    int i = name.lastIndexOf('.');
    Logger parent = null;
    while (i > 0 && parent == null) {
      String ancestor = name.substring(0, i);
      Object node = loggers.get(ancestor);
      if (node == null) {
        Placeholder p = new Placeholder();
        p.children.add(logger);
        loggers.put(ancestor, p);
      } else if (node instanceof Logger) {
        parent = (Logger) node;
      } else {
        ((Placeholder) node).children.add(logger);
      }
      i = name.lastIndexOf('.', i - 1);
    }
    logger.setParentInternal(parent != null ? parent : root);
  }

  private static void fixupChildren(Placeholder placeholder, Logger logger) {
    // As Python: a child whose parent already lies below the new logger keeps that parent.
    String prefix = logger.getName();
    for (Logger child : placeholder.children) {
      Logger parent = child.getParent();
      if (parent != null && !parent.getName().startsWith(prefix)) {
        logger.setParentInternal(parent);
        child.setParentInternal(logger);
      }
    }
  }

  /** A name in the hierarchy with no logger yet, remembering the loggers below it. */
  private static final class Placeholder {
    final List<Logger> children = new ArrayList<>();
  }
}
