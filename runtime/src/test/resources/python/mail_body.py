"""Prints the transfer encoding and body Python's EmailMessage.set_content writes for each text.

stdin: one text per line, "s" and the Base64 of its UTF-8. stdout: one line per text,
"CTE BASE64" where BASE64 encodes the body as flattened with CRLF line ends.
"""
import base64
import sys
from email.message import EmailMessage

for line in sys.stdin.read().split():
    msg = EmailMessage()
    msg.set_content(base64.b64decode(line[1:]).decode("utf-8"))
    flat = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
    body = flat[flat.index(b"\r\n\r\n") + 4:]
    print(msg["Content-Transfer-Encoding"], base64.b64encode(body).decode("ascii"))
