"""Runs a script of logger-hierarchy operations (stdin, one per line) through CPython's logging.

Operations: "level NAME N", "propagate NAME 0|1", "disabled NAME 0|1", "handler NAME H N",
"remove NAME H", "disable N", "log NAME N TEXT", "enabled NAME N", "effective NAME".
NAME "root" is the root logger. Prints one line per log/enabled/effective operation.
"""
import logging
import sys

root = logging.RootLogger(logging.WARNING)
manager = logging.Manager(root)
root.manager = manager
received = []


class Recording(logging.Handler):
    def __init__(self, name, level):
        super().__init__(level)
        self.tag = name

    def emit(self, record):
        received.append(self.tag)


logging.lastResort = Recording("lastResort", logging.WARNING)
handlers = {}


def get(name):
    return root if name == "root" else manager.getLogger(name)


for line in sys.stdin.read().splitlines():
    op, *rest = line.split(" ")
    if op == "level":
        get(rest[0]).setLevel(int(rest[1]))
    elif op == "propagate":
        get(rest[0]).propagate = rest[1] == "1"
    elif op == "disabled":
        get(rest[0]).disabled = rest[1] == "1"
    elif op == "handler":
        h = handlers.setdefault(rest[1], Recording(rest[1], int(rest[2])))
        get(rest[0]).addHandler(h)
    elif op == "remove":
        if rest[1] in handlers:
            get(rest[0]).removeHandler(handlers[rest[1]])
    elif op == "disable":
        manager.disable = int(rest[0])
        manager._clear_cache()
    elif op == "log":
        received.clear()
        get(rest[0]).log(int(rest[1]), rest[2])
        print("log", " ".join(received) or "-")
    elif op == "enabled":
        print("enabled", get(rest[0]).isEnabledFor(int(rest[1])))
    elif op == "effective":
        print("effective", get(rest[0]).getEffectiveLevel())
