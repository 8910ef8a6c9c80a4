"""Sends the scenario's records with CPython's SocketHandler or DatagramHandler.

Usage: pickle_sender.py MODE ADDRESS SCENARIO
  MODE    tcp | udp | unix-stream | unix-dgram
  ADDRESS a port on 127.0.0.1 (tcp, udp) or a socket path
"""
import json
import logging
import logging.handlers
import sys


def make_record(spec):
    exc_info = None
    if spec["exc"] is not None:
        try:
            raise ValueError(spec["exc"])
        except ValueError:
            exc_info = sys.exc_info()
    args = tuple(spec["args"]) if spec["args"] else None
    record = logging.LogRecord(spec["name"], spec["levelno"], spec["pathname"], spec["lineno"],
                               spec["msg"], args, exc_info, spec["funcName"], spec["stack_info"])
    ns = spec["created_ns"]
    record.created = ns / 1e9
    record.msecs = (ns % 1_000_000_000) // 1_000_000 + 0.0
    record.thread = spec["thread"]
    record.threadName = spec["threadName"]
    record.process = spec["process"]
    record.processName = spec["processName"]
    record.taskName = None
    record.__dict__.update(spec["extra"])
    return record


def main():
    mode, address, scenario = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(scenario, encoding="utf-8") as f:
        specs = json.load(f)
    if mode in ("tcp", "udp"):
        host, port = "127.0.0.1", int(address)
    else:
        host, port = address, None
    cls = logging.handlers.SocketHandler if mode in ("tcp", "unix-stream") else logging.handlers.DatagramHandler
    handler = cls(host, port)
    try:
        for spec in specs:
            handler.handle(make_record(spec))
    finally:
        handler.close()


if __name__ == "__main__":
    main()
