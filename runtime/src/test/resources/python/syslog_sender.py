"""Sends records with CPython's SysLogHandler.

Usage: syslog_sender.py MODE ADDRESS < spec.json
  MODE    udp | tcp | unix (datagram, falling back to stream, as socktype=None does)
  ADDRESS the port on 127.0.0.1, or a socket path
spec: {"facility": int, "ident": str, "append_nul": bool,
       "records": [{"levelno": int, "msg": str}, ...]}
"""
import json
import logging
import logging.handlers
import socket
import sys


def main():
    mode, address = sys.argv[1], sys.argv[2]
    spec = json.loads(sys.stdin.read())
    if mode == "unix":
        target, socktype = address, None
    else:
        target = ("127.0.0.1", int(address))
        socktype = socket.SOCK_STREAM if mode == "tcp" else socket.SOCK_DGRAM
    handler = logging.handlers.SysLogHandler(target, spec["facility"], socktype)
    handler.ident = spec["ident"]
    handler.append_nul = spec["append_nul"]
    try:
        for r in spec["records"]:
            handler.handle(logging.makeLogRecord(
                {"msg": r["msg"], "levelno": r["levelno"], "levelname": logging.getLevelName(r["levelno"])}))
    finally:
        handler.close()


if __name__ == "__main__":
    main()
