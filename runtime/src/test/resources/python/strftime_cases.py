"""Differential oracle for Strftime: time.strftime for cases read as JSON on stdin.

Input: a list of {"epoch": seconds, "tz": TZ value, "gmtime": bool, "fmt": str}; the time is
converted with time.gmtime when "gmtime" is set, else time.localtime under TZ.
Output: a list of strings.
"""
import json
import os
import sys
import time


def run(case):
    os.environ["TZ"] = case["tz"]
    time.tzset()
    convert = time.gmtime if case["gmtime"] else time.localtime
    return time.strftime(case["fmt"], convert(case["epoch"]))


if __name__ == "__main__":
    json.dump([run(c) for c in json.load(sys.stdin)], sys.stdout)
