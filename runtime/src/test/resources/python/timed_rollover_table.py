"""For each configuration and instant read from stdin, prints what CPython's
TimedRotatingFileHandler computes: the next rollover, the name a rollover at that
moment gives the rolled file, and the rollover after it.

Input lines:  when interval utc(0|1) atTime(HH:MM:SS|-) t
Output lines: rolloverAt rolledName nextRolloverAt
Run with TZ set to the zone under test."""
import datetime
import logging.handlers
import os
import sys
import tempfile
import time

directory = tempfile.mkdtemp(prefix="logwright_timed_")
base = os.path.join(directory, "app.log")
handlers = {}
rolled = []
now = [0]
time.time = lambda: now[0]


def handler(when, interval, utc, at):
    key = (when, interval, utc, at)
    h = handlers.get(key)
    if h is None:
        at_time = None if at == "-" else datetime.time.fromisoformat(at)
        h = logging.handlers.TimedRotatingFileHandler(
            base, when=when, interval=interval, utc=utc, atTime=at_time,
            delay=True, encoding="utf-8")
        h.rotator = lambda source, dest: rolled.append(dest)
        handlers[key] = h
    return h


out = []
for line in sys.stdin:
    if not line.strip():
        continue
    when, interval, utc, at, t = line.split()
    h = handler(when, int(interval), utc == "1", at)
    rollover_at = h.computeRollover(int(t))
    h.rolloverAt = rollover_at
    now[0] = rollover_at
    h.doRollover()
    out.append("%d %s %d" % (rollover_at, os.path.basename(rolled.pop()), h.rolloverAt))
for h in handlers.values():
    h.close()
os.rmdir(directory)
print("\n".join(out))
