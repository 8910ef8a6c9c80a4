package dev.logwright.internal;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;

/** The JVM's default time zone, obtained without start-up work it does not need. */
public final class Zones {
  private Zones() {}

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
}
