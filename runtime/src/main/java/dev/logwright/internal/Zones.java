package dev.logwright.internal;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;

/** The JVM's default time zone, obtained without start-up work it does not need. */
public final class Zones {
  private static boolean prefetchStarted;

  private Zones() {}

  /**
   * Starts finding the default zone on a daemon thread, once per JVM, so that the first {@link
   * #systemDefault} call (a formatter's first {@code asctime}) finds the time-zone database
   * already read: reading it takes milliseconds, a noticeable share of a small program's
   * start-up, which another core can spend while the program builds its handlers. Nothing is
   * cached here: the zone is still whatever is the default when it is asked for. Does nothing if
   * no thread can be started.
   */
  public static void prefetchDefault() {
    synchronized (Zones.class) {
      if (prefetchStarted) {
        return;
      }
      prefetchStarted = true;
    }
    try {
      Thread thread = new Thread(new Prefetch(), "logwright-zone-prefetch");
      thread.setDaemon(true);
      thread.start();
    } catch (RuntimeException | OutOfMemoryError e) {
      // no thread to spare (a security policy, a thread limit): the first use reads the zone
    }
  }

  /**
   * Returns the JVM's default zone, as {@link ZoneId#systemDefault()}, except that a default
   * zone that is UTC under any of its names ({@code Etc/UTC}, {@code UCT}, {@code Zulu}, …)
   * comes back as the fixed zone {@code UTC}: same times, same {@code %Z} name ("UTC"), but no
   * loading of the time-zone database, which costs a noticeable share of a small program's
   * start-up.
   */
  public static ZoneId systemDefault() {
    TimeZone tz = TimeZone.getDefault();
    if (isUtcAlias(tz.getID())) {
      return ZoneId.ofOffset("UTC", ZoneOffset.UTC);
    }
    return tz.toZoneId();
  }

  private static boolean isUtcAlias(String id) {
    String name = id.startsWith("Etc/") ? id.substring(4) : id;
    return name.equals("UTC") || name.equals("UCT") || name.equals("Universal") || name.equals("Zulu");
  }

  /** Reads the default zone and its rules, so that the JDK's caches hold them. */
  private static final class Prefetch implements Runnable {
    @Override
    public void run() {
      try {
        systemDefault().getRules();
      } catch (RuntimeException e) {
        // the first use reads the zone again and reports the failure where it matters
      }
    }
  }
}
