"""Runs scripted operations through CPython's MemoryHandler and prints what its targets get.

stdin: a JSON list of scenarios, each {"capacity", "flushLevel", "flushOnClose", "target",
"ops"}, where target is a target name or null and ops is a list of
["emit", level, msg] | ["setTarget", name-or-null] | ["flush"] | ["close"].
stdout, per scenario: "== scenario N", then "step I: TARGET <- MSG" for every record a target
handles, in order, then "buffer: MSG MSG ..." with what is still buffered.
"""
import json
import logging
import logging.handlers
import sys


class Recorder(logging.Handler):
    def __init__(self, name, out, step):
        super().__init__()
        self.label = name
        self.out = out
        self.step = step

    def emit(self, record):
        self.out.append("step %d: %s <- %s" % (self.step[0], self.label, record.getMessage()))


def run(index, scenario, out):
    out.append("== scenario %d" % index)
    step = [-1]
    targets = {}

    def target(name):
        if name is None:
            return None
        if name not in targets:
            targets[name] = Recorder(name, out, step)
        return targets[name]

    handler = logging.handlers.MemoryHandler(
        scenario["capacity"], scenario["flushLevel"], target(scenario["target"]),
        scenario["flushOnClose"])
    for i, op in enumerate(scenario["ops"]):
        step[0] = i
        if op[0] == "emit":
            handler.handle(logging.makeLogRecord(
                {"name": "diff", "levelno": op[1], "levelname": logging.getLevelName(op[1]),
                 "msg": op[2]}))
        elif op[0] == "setTarget":
            handler.setTarget(target(op[1]))
        elif op[0] == "flush":
            handler.flush()
        elif op[0] == "close":
            handler.close()
        else:
            raise ValueError("unknown op %r" % (op,))
    out.append("buffer: " + " ".join(r.getMessage() for r in handler.buffer))


def main():
    out = []
    for index, scenario in enumerate(json.load(sys.stdin)):
        run(index, scenario, out)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
