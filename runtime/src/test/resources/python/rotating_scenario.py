"""Runs one RotatingFileHandler scenario with CPython's logging.handlers.

Reads a JSON object on stdin:
  dir          directory to log in (the file is <dir>/app.log)
  maxBytes     passed to RotatingFileHandler
  backupCount  passed to RotatingFileHandler
  namer        true to name backups "old-<default name>" (see old_namer)
  delay        passed to RotatingFileHandler
  preexisting  text (UTF-8) the file holds before the handler opens it, or null
  messages     the records' messages, logged in order with format "%(message)s"
Prints nothing; the files left in dir are the result.
"""
import json
import logging
import logging.handlers
import os
import sys


def old_namer(name):
    head, tail = os.path.split(name)
    return os.path.join(head, "old-" + tail)


def main():
    scenario = json.load(sys.stdin)
    path = os.path.join(scenario["dir"], "app.log")
    if scenario.get("preexisting") is not None:
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(scenario["preexisting"])
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=scenario["maxBytes"], backupCount=scenario["backupCount"],
        encoding="utf-8", delay=scenario["delay"])
    if scenario["namer"]:
        handler.namer = old_namer
    handler.setFormatter(logging.Formatter("%(message)s"))
    for message in scenario["messages"]:
        handler.handle(logging.makeLogRecord({"msg": message, "levelno": logging.INFO}))
    handler.close()


if __name__ == "__main__":
    main()
