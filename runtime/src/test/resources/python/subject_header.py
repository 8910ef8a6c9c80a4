"""Prints the Subject header Python's EmailMessage writes for each subject on stdin.

stdin: one subject per line, "s" and the Base64 of its UTF-8 text. stdout: one line per subject,
Base64 of the header as flattened with CRLF line ends, without the final CRLF.
"""
import base64
import sys
from email.message import EmailMessage

for line in sys.stdin.read().split():
    line = line[1:]
    msg = EmailMessage()
    msg["Subject"] = base64.b64decode(line).decode("utf-8")
    flat = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
    header = flat[:flat.index(b"\r\n\r\n")]
    print(base64.b64encode(header).decode("ascii"))
