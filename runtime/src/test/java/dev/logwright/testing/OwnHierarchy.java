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
    Logger logger = new Manager().getLogger("app");
    logger.setLevel(Level.INFO);
    logger.setPropagate(false);
    logger.addHandler(h);
    return logger;
  }
}
