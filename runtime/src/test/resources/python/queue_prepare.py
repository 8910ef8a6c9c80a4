"""Prints what CPython's QueueHandler.prepare makes of records.

stdin: a JSON list of cases [fmt-or-null, name, levelno, msg, args-list-or-null].
stdout: one line per case, "msg=<repr> | message=<repr> | args=<repr> | exc_info=<repr> |
exc_text=<repr> | stack_info=<repr> | name=<repr> | levelno=<int>".
"""
import json
import logging
import logging.handlers
import queue
import sys


def main():
    for fmt, name, levelno, msg, args in json.load(sys.stdin):
        handler = logging.handlers.QueueHandler(queue.SimpleQueue())
        if fmt is not None:
            handler.setFormatter(logging.Formatter(fmt))
        record = logging.makeLogRecord({
            "name": name, "levelno": levelno, "levelname": logging.getLevelName(levelno),
            "msg": msg, "args": tuple(args) if args is not None else None})
        p = handler.prepare(record)
        print("msg=%r | message=%r | args=%r | exc_info=%r | exc_text=%r | stack_info=%r"
              " | name=%r | levelno=%d" % (p.msg, p.message, p.args, p.exc_info, p.exc_text,
                                          p.stack_info, p.name, p.levelno))


if __name__ == "__main__":
    main()
