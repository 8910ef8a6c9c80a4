#!/usr/bin/env python3
"""CPython's RotatingFileHandler on the shared workload: the reference row.

Logs --records records (after a warm-up tenth) to bench.orders at INFO through a
RotatingFileHandler of 256 MB and 3 backups with the shared layout, as the Java benchmarks do,
and the same number of DEBUG calls (the disabled call). One thread; CPython flushes per record,
so this row belongs with the flush-per-record variant. Writes JSON with records per second.
"""

import argparse
import json
import logging
import logging.handlers
import os
import platform
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import linecheck  # noqa: E402

CITIES = ["Lyon", "Porto", "Osaka", "Quito", "Tunis", "Perth", "Leeds", "Turin"]
MESSAGE = "Order %d shipped to %s in %d ms"


def timed(call, first_id, records):
    start = time.perf_counter()
    for order in range(first_id, first_id + records):
        call(MESSAGE, order, CITIES[order & 7], 100 + (order & 511))
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--out", required=True, help="JSON file to write")
    parser.add_argument("--tmp", default=os.environ.get("BENCH_TMP"), help="directory for the log files")
    args = parser.parse_args()
    if args.records < 1:
        parser.error(f"--records < 1: {args.records}")
    if args.tmp:
        os.makedirs(args.tmp, exist_ok=True)

    directory = tempfile.mkdtemp(prefix="cpython-", dir=args.tmp)
    try:
        handler = logging.handlers.RotatingFileHandler(
            os.path.join(directory, "cpython.log"), maxBytes=256 * 1024 * 1024, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger = logging.getLogger("bench.orders")
        logger.setLevel(logging.INFO)
        logger.propagate = False
        logger.addHandler(handler)

        timed(logger.info, 1_000_000, max(1, args.records // 10))
        enabled = timed(logger.info, 2_000_000, args.records)
        disabled = timed(logger.debug, 3_000_000, args.records)
        handler.close()
        linecheck.verify(directory)
    finally:
        shutil.rmtree(directory, ignore_errors=True)

    result = {
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "records": args.records,
        "flush": {"seconds": enabled, "ops_per_s": args.records / enabled},
        "disabled": {"seconds": disabled, "ops_per_s": args.records / disabled},
    }
    print(
        f"{result['python']}: {result['flush']['ops_per_s']:.0f} records/s, "
        f"disabled {result['disabled']['ops_per_s']:.0f} calls/s",
        file=sys.stderr,
    )
    with open(args.out, "w") as f:
        json.dump(result, f, indent=2)


if __name__ == "__main__":
    main()
