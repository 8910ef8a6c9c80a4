package dev.logwright.handlers;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that stays where a test sets it, in a given zone. */
final class SteppingClock extends Clock {
  private final ZoneId zone;
  private volatile Instant now;

  SteppingClock(ZoneId zone, Instant now) {
    this.zone = zone;
    this.now = now;
  }

  static SteppingClock at(ZoneId zone, long epochSecond) {
    return new SteppingClock(zone, Instant.ofEpochSecond(epochSecond));
  }

  void set(long epochSecond) {
    now = Instant.ofEpochSecond(epochSecond);
  }

  void advance(long seconds) {
    now = now.plusSeconds(seconds);
  }

  long epochSecond() {
    return now.getEpochSecond();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new SteppingClock(zone, now);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
