"""Sends one record through CPython's SMTPHandler (no TLS, optional login).

Usage: smtp_handler.py HOST PORT FROMADDR TOADDRS SUBJECT USER PASSWORD
TOADDRS is comma-separated; USER may be empty. stdin holds the record's message.
"""
import logging
import logging.handlers
import sys

host, port, fromaddr, toaddrs, subject, user, password = sys.argv[1:8]
handler = logging.handlers.SMTPHandler(
    (host, int(port)), fromaddr, toaddrs.split(","), subject,
    credentials=(user, password) if user else None, timeout=10.0)


def fail(record):
    raise  # the error emit caught: the test must see it


handler.handleError = fail
record = logging.makeLogRecord({"msg": sys.stdin.read(), "levelno": logging.ERROR,
                                "levelname": "ERROR"})
handler.emit(record)
print("sent")
