"""Drives CPython's TimedRotatingFileHandler through a scripted sequence of clock readings
and prints the files in the directory after each step, then their contents.

argv[1]: an empty working directory. Run with TZ set to the scenario's zone.
stdin, one directive a line:
  config <when> <interval> <backupCount> <utc 0|1> <delay 0|1> <atTime HH:MM:SS|-> <namer>
  file <name> <mtime>        an existing file (content "<name>\\n") with that mtime
  dir <name>                 an existing directory
  start <t>                  the clock reading when the handler is made
  step <t> <message>         the clock reading when <message> is logged
namer: none | loglast (app.log.SUFFIX -> app.SUFFIX.log)
stdout: 'init <rolloverAt> <files>', 'step <message> <rolloverAt> <files>', then
'content <name> <text with \\n as |>' for each file."""
import datetime
import logging
import logging.handlers
import os
import sys
import time

work = sys.argv[1]
now = [0]
time.time = lambda: now[0]


def loglast(default_name):
    directory, base = os.path.split(default_name)
    return os.path.join(directory, base.replace(".log", "") + ".log")


def listing():
    return " ".join(sorted(os.listdir(work)))


out = []
handler = None
for line in sys.stdin.read().splitlines():
    words = line.split()
    if not words:
        continue
    if words[0] == "config":
        config = words[1:]
    elif words[0] == "file":
        path = os.path.join(work, words[1])
        with open(path, "w", encoding="utf-8") as f:
            f.write(words[1] + "\n")
        os.utime(path, (int(words[2]), int(words[2])))
    elif words[0] == "dir":
        os.mkdir(os.path.join(work, words[1]))
    elif words[0] == "start":
        now[0] = int(words[1])
        when, interval, backups, utc, delay, at, namer = config
        handler = logging.handlers.TimedRotatingFileHandler(
            os.path.join(work, "app.log"), when=when, interval=int(interval),
            backupCount=int(backups), encoding="utf-8", delay=delay == "1",
            utc=utc == "1",
            atTime=None if at == "-" else datetime.time.fromisoformat(at))
        handler.setFormatter(logging.Formatter("%(message)s"))
        if namer == "loglast":
            handler.namer = loglast
        out.append("init %d %s" % (handler.rolloverAt, listing()))
    elif words[0] == "step":
        now[0] = int(words[1])
        handler.handle(logging.makeLogRecord({"msg": words[2]}))
        out.append("step %s %d %s" % (words[2], handler.rolloverAt, listing()))
handler.close()
for name in sorted(os.listdir(work)):
    if os.path.isdir(os.path.join(work, name)):
        continue
    with open(os.path.join(work, name), encoding="utf-8") as f:
        out.append("content %s %s" % (name, f.read().replace("\n", "|")))
print("\n".join(out))
