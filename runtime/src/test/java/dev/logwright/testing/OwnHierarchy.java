package dev.logwright.testing;

import dev.logwright.Handler;
import dev.logwright.Level;
import dev.logwright.Logger;
import dev.logwright.Manager;

/** Loggers of a hierarchy of their own, so that one test's handlers never meet another's. */
public final class OwnHierarchy {
  private OwnHierarchy() {}

  /** Returns logger {@code app} of a new hierarchy, at INFO, not propagating, whose one handler is {@code h}. */
  public static Logger infoLoggerTo(Handler h) {
    return infoLoggerTo("app", h);
  }

  /** Returns logger {@code name} of a new hierarchy, at INFO, not propagating, whose one handler is {@code h}. */
  public static Logger infoLoggerTo(String name, Handler h) {
    Logger logger = new Manager().getLogger(name);
    logger.setLevel(Level.INFO);
    logger.setPropagate(false);
    logger.addHandler(h);
    return logger;
  }
}
