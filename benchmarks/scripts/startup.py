#!/usr/bin/env python3
"""Times whole processes that configure a rotating file, log one line and exit.

Each program of dev.logwright.benchmarks.startup runs --runs times (after one untimed run that
warms the page cache), in rounds that take every program once, in an order shuffled per round:
a noisy moment hurts them all alike, and no program always follows the same one. Every run gets
a fresh directory, and every run's line is checked. Writes JSON:
{"runs": n, "java": "...", "programs": {"logwright": {"seconds": [...], "median": s, ...}}}.
"""

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linecheck  # noqa: E402

PROGRAMS = {
    "empty": "EmptyMain",
    "logwright": "LogwrightMain",
    "logwright-typed": "LogwrightTypedMain",
    "log4j2": "Log4j2Main",
    "logback": "LogbackMain",
    "tinylog": "TinylogMain",
    "jul": "JulMain",
}


def run_once(java, jar, name, base):
    directory = tempfile.mkdtemp(prefix=f"startup-{name}-", dir=base)
    try:
        command = [java, "-cp", jar, "dev.logwright.benchmarks.startup." + PROGRAMS[name], directory]
        start = time.perf_counter()
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL)
        # A watchdog kills a hung program. Not wait(timeout=...): with a timeout Python polls the
        # child with sleeps growing to 50 ms, which rounds every time up to the next poll.
        watchdog = threading.Timer(120, process.kill)
        watchdog.start()
        try:
            process.wait()
        finally:
            watchdog.cancel()
        elapsed = time.perf_counter() - start
        if process.returncode != 0:
            raise subprocess.CalledProcessError(process.returncode, command)
        if name != "empty":
            linecheck.verify(directory)
        return elapsed
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", required=True, help="benchmarks/target/benchmarks.jar")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7, help="seed of the order of each round")
    parser.add_argument("--out", required=True, help="JSON file to write")
    parser.add_argument("--java", default=shutil.which("java") or "java")
    parser.add_argument("--tmp", default=os.environ.get("BENCH_TMP"), help="directory for the log files")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error(f"--runs < 1: {args.runs}")
    if args.tmp:
        os.makedirs(args.tmp, exist_ok=True)

    times = {name: [] for name in PROGRAMS}
    for name in PROGRAMS:
        run_once(args.java, args.jar, name, args.tmp)  # untimed warm-up of the page cache
    order = list(PROGRAMS)
    shuffle = random.Random(args.seed).shuffle
    for _ in range(args.runs):
        shuffle(order)
        for name in order:
            times[name].append(run_once(args.java, args.jar, name, args.tmp))

    version = subprocess.run([args.java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    result = {"runs": args.runs, "java": version, "programs": {}}
    for name, seconds in times.items():
        result["programs"][name] = {
            "seconds": seconds,
            "median": statistics.median(seconds),
            "mean": statistics.fmean(seconds),
            "min": min(seconds),
            "stdev": statistics.stdev(seconds) if len(seconds) > 1 else 0.0,
        }
        print(f"start-up {name:10s} median {result['programs'][name]['median']:.3f} s", file=sys.stderr)
    with open(args.out, "w") as f:
        json.dump(result, f, indent=2)


if __name__ == "__main__":
    main()
