"""Differential oracle for Formatter: reads cases as JSON on stdin, prints Python's results.

Each case: {"fmt", "datefmt", "style", "validate", "defaults": typed dict or null, "tz",
"gmtime": bool, "record": {...}}. The record is built with logging.LogRecord and its time,
thread and process attributes set to the given values, the way our LogRecord computes them.
Output per case: {"ok": text} or {"err": exception class name, "msg": str(exception)}.
"""
import json
import logging
import os
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from printf_cases import decode  # noqa: E402


def make_record(r):
    args = tuple(decode(a) for a in r["args"]) if r["args"] is not None else None
    exc_info = None
    if r.get("raise") is not None:
        try:
            raise ValueError(r["raise"])
        except ValueError:
            exc_info = sys.exc_info()
    rec = logging.LogRecord(r["name"], r["levelno"], r["pathname"], r["lineno"], r["msg"], args,
                            exc_info, r["funcName"], r.get("stack_info"))
    ns = int(r["created_ns"])
    rec.created = ns / 1e9
    rec.msecs = (ns % 1_000_000_000) // 1_000_000 + 0.0
    if rec.msecs == 999.0 and int(rec.created) != ns // 1_000_000_000:
        rec.msecs = 0.0  # as LogRecord.__init__ does (gh-89047)
    rec.thread = r["thread"]
    rec.threadName = r["threadName"]
    rec.process = r["process"]
    rec.processName = r["processName"]
    rec.taskName = None
    if r.get("exc_text") is not None:
        rec.exc_text = r["exc_text"]
    for k, v in (decode(r["extra"]) if r.get("extra") else {}).items():
        rec.__dict__[k] = v
    return rec


def run(case):
    os.environ["TZ"] = case["tz"]
    time.tzset()
    try:
        defaults = decode(case["defaults"]) if case.get("defaults") else None
        f = logging.Formatter(case["fmt"], case["datefmt"], case["style"], case["validate"],
                              defaults=defaults)
        if case["gmtime"]:
            f.converter = time.gmtime
        rec = make_record(case["record"])
        return {"ok": f.format(rec)}
    except Exception as e:
        return {"err": type(e).__name__, "msg": str(e)}


if __name__ == "__main__":
    json.dump([run(c) for c in json.load(sys.stdin)], sys.stdout)
