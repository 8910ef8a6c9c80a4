"""The line every framework must write, shared by the start-up timer and the CPython reference."""

import os
import re

LINE = re.compile(
    r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} INFO bench\.orders: "
    r"Order \d+ shipped to [A-Z][a-z]+ in \d+ ms"
)


def verify(directory):
    """Checks the first and last line of every non-empty log file in directory; returns their count."""
    logs = []
    for name in sorted(os.listdir(directory)):
        path = os.path.join(directory, name)
        if name.endswith(".lck") or not os.path.isfile(path) or os.path.getsize(path) == 0:
            continue
        with open(path, "rb") as f:
            text = f.read()
        if not text.endswith(b"\n"):
            raise AssertionError(f"{path} does not end with a line feed")
        lines = text.decode("utf-8").splitlines()
        for line in (lines[0], lines[-1]):
            if not LINE.fullmatch(line):
                raise AssertionError(f"unexpected line in {path}: {line!r}")
        logs.append(path)
    if not logs:
        raise AssertionError(f"no log line was written in {directory}")
    return len(logs)
