"""Sends one record through CPython's HTTPHandler.

Usage: http_handler.py HOST URL METHOD SECURE CAFILE USER PASSWORD
SECURE is 0 or 1; CAFILE, USER and PASSWORD may be empty. stdin holds the record's
attribute dict as a JSON object (its "args" list becomes a tuple).
"""
import json
import logging
import logging.handlers
import ssl
import sys

host, url, method, secure, cafile, user, password = sys.argv[1:8]
fields = json.loads(sys.stdin.read())
fields["args"] = tuple(fields["args"])
record = logging.makeLogRecord(fields)
context = ssl.create_default_context(cafile=cafile) if cafile else None
handler = logging.handlers.HTTPHandler(
    host, url, method, secure=secure == "1",
    credentials=(user, password) if user else None, context=context)


def fail(record):
    raise  # the error emit caught: the test must see it


handler.handleError = fail
handler.emit(record)
print("sent")
