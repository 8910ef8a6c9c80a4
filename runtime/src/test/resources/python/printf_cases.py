"""Differential oracle for Printf: reads cases as JSON on stdin, prints Python's results.

Input: a list of {"fmt": str, "args": [typed values]}; a typed value is {"t": kind, "v": ...}
with kind none, bool, int (decimal text), float (hex text), str, list, dict (list of pairs).
As logging.LogRecord does, a single non-empty dict argument is the mapping operand.
Output: a list of {"ok": text} or {"err": exception class name, "msg": str(exception)}.
"""
import json
import sys


def decode(value):
    kind, v = value["t"], value.get("v")
    if kind == "none":
        return None
    if kind == "bool":
        return bool(v)
    if kind == "int":
        return int(v)
    if kind == "float":
        return float.fromhex(v)
    if kind == "str":
        return v
    if kind == "list":
        return [decode(x) for x in v]
    if kind == "dict":
        return {decode(k): decode(x) for k, x in v}
    raise ValueError(kind)


def run(case):
    args = tuple(decode(a) for a in case["args"])
    if len(args) == 1 and isinstance(args[0], dict) and args[0]:
        args = args[0]
    try:
        return {"ok": case["fmt"] % args}
    except Exception as e:
        return {"err": type(e).__name__, "msg": str(e)}


if __name__ == "__main__":
    json.dump([run(c) for c in json.load(sys.stdin)], sys.stdout)
