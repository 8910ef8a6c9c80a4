"""Receives pickled log records the way logging's docs show, and checks them.

Usage: pickle_receiver.py MODE ADDRESS COUNT SCENARIO
  MODE     tcp | udp | unix-stream | unix-dgram
  ADDRESS  the port on 127.0.0.1 for tcp/udp (0: an ephemeral one), a socket path otherwise
  COUNT    how many records to wait for
  SCENARIO JSON file: the records the sender was given (see scenario_records below)

Prints "READY <port or path>", then for each record received, in order:
  CHECK <n> OK                 every attribute equals what the scenario says was sent
  CHECK <n> MISMATCH <detail>  (one line per difference)
  BYTES <n> SAME|DIFFERENT     CPython's SocketHandler.makePickle(makeLogRecord(dict)) vs the bytes received
  CANON <n> <json>             the dict, typed, minus what legitimately differs between senders
and finally "DONE". Exits after COUNT records or 30 seconds.
"""
import json
import logging
import logging.handlers
import os
import pickle
import socket
import struct
import sys
import time

DEADLINE = time.monotonic() + 30


def recv_exact(conn, n):
    data = b""
    while len(data) < n:
        conn.settimeout(max(0.1, DEADLINE - time.monotonic()))
        chunk = conn.recv(n - len(data))
        if not chunk:
            raise EOFError("connection closed after %d of %d bytes" % (len(data), n))
        data += chunk
    return data


def stream_frames(server, count):
    frames = []
    while len(frames) < count:
        server.settimeout(max(0.1, DEADLINE - time.monotonic()))
        conn, _ = server.accept()
        with conn:
            try:
                while len(frames) < count:
                    header = recv_exact(conn, 4)
                    (length,) = struct.unpack(">L", header)
                    frames.append(header + recv_exact(conn, length))
            except EOFError:
                pass  # the sender closed; it may reconnect
    return frames


def datagram_frames(sock, count):
    frames = []
    while len(frames) < count:
        sock.settimeout(max(0.1, DEADLINE - time.monotonic()))
        frames.append(sock.recv(1 << 17))
    return frames


def typed(value):
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [type(value).__name__, [typed(v) for v in value]]
    return [type(value).__name__, value]


def expected_dict(spec):
    pathname = spec["pathname"]
    filename = os.path.basename(pathname)
    args = spec["args"]
    msg = spec["msg"] % tuple(args) if args else spec["msg"]
    ns = spec["created_ns"]
    d = {
        "name": spec["name"], "msg": msg, "args": None,
        "levelname": logging.getLevelName(spec["levelno"]), "levelno": spec["levelno"],
        "pathname": pathname, "filename": filename, "module": os.path.splitext(filename)[0],
        "exc_info": None, "exc_text": None, "stack_info": spec["stack_info"],
        "lineno": spec["lineno"], "funcName": spec["funcName"],
        "created": ns / 1e9, "msecs": (ns % 1_000_000_000) // 1_000_000 + 0.0,
        "relativeCreated": 0.0, "thread": spec["thread"], "threadName": spec["threadName"],
        "processName": spec["processName"], "process": spec["process"], "taskName": None,
    }
    d.update(spec["extra"])
    return d


def check(n, d, spec):
    problems = []
    want = expected_dict(spec)
    if list(d) != list(want):
        problems.append("keys %r != %r" % (list(d), list(want)))
    for key, value in want.items():
        got = d.get(key)
        if key == "relativeCreated":
            if type(got) is not float:
                problems.append("relativeCreated %r is not a float" % (got,))
        elif key == "exc_text" and spec["exc"] is not None:
            if not isinstance(got, str) or spec["exc"] not in got:
                problems.append("exc_text %r lacks %r" % (got, spec["exc"]))
        elif typed(got) != typed(value):
            problems.append("%s: got %r, sent %r" % (key, got, value))
    record = logging.makeLogRecord(d)
    if record.getMessage() != want["msg"]:
        problems.append("getMessage() %r" % (record.getMessage(),))
    for p in problems:
        print("CHECK %d MISMATCH %s" % (n, p))
    if not problems:
        print("CHECK %d OK" % n)


def main():
    mode, address, count, scenario = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    with open(scenario, encoding="utf-8") as f:
        specs = json.load(f)
    if mode in ("tcp", "udp"):
        kind = socket.SOCK_STREAM if mode == "tcp" else socket.SOCK_DGRAM
        sock = socket.socket(socket.AF_INET, kind)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", int(address)))
        where = sock.getsockname()[1]
    else:
        kind = socket.SOCK_STREAM if mode == "unix-stream" else socket.SOCK_DGRAM
        sock = socket.socket(socket.AF_UNIX, kind)
        sock.bind(address)
        where = address
    if kind == socket.SOCK_STREAM:
        sock.listen(5)
    print("READY", where, flush=True)
    with sock:
        frames = stream_frames(sock, count) if kind == socket.SOCK_STREAM else datagram_frames(sock, count)
    encoder = logging.handlers.SocketHandler("localhost", None)
    for n, frame in enumerate(frames):
        (length,) = struct.unpack(">L", frame[:4])
        d = pickle.loads(frame[4:])
        if length != len(frame) - 4:
            print("CHECK %d MISMATCH length prefix %d for %d bytes" % (n, length, len(frame) - 4))
        check(n, d, specs[n])
        same = encoder.makePickle(logging.makeLogRecord(d)) == frame
        print("BYTES %d %s" % (n, "SAME" if same else "DIFFERENT"))
        canon = {k: typed(v) for k, v in d.items() if k not in ("relativeCreated", "exc_text")}
        canon["exc_text is None"] = d["exc_text"] is None
        print("CANON %d %s" % (n, json.dumps(canon, ensure_ascii=True)))
    print("DONE", flush=True)


if __name__ == "__main__":
    main()
