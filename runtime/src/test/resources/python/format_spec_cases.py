"""Differential oracle for FormatSpec: format(value, spec) for cases read as JSON on stdin.

Input: a list of {"value": typed value (see printf_cases.decode), "spec": str}.
Output: a list of {"ok": text} or {"err": exception class name, "msg": str(exception)}.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from printf_cases import decode  # noqa: E402


def run(case):
    try:
        return {"ok": format(decode(case["value"]), case["spec"])}
    except Exception as e:
        return {"err": type(e).__name__, "msg": str(e)}


if __name__ == "__main__":
    json.dump([run(c) for c in json.load(sys.stdin)], sys.stdout)
