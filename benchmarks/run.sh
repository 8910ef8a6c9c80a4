#!/usr/bin/env bash
# Runs every benchmark of Logwright and the anchors in one go and prints the ratio table:
#   JMH (1 and 2 threads, -prof gc) → start-up processes → CPython's reference row → report.
# About 17–18 minutes on a 2-core machine. Results go to benchmarks/results/ (latest.md, chart.svg,
# raw JSON) and the results section of benchmarks/README.md is rewritten.
#
# Environment (all optional):
#   BENCH_TMP       where the log files go (default: a new directory under /tmp, deleted after)
#   JMH_TIMING      JMH warm-up/measurement options (default: -wi 2 -w 1s -i 4 -r 1s -f 2: two
#                   JVMs per benchmark, as one JVM's JIT and thread placement move a figure by ±20 %)
#   JMH_INCLUDE     a regular expression of benchmarks to run (default: all)
#   STARTUP_RUNS    processes per start-up program (default: 30; one process varies by ±10 %)
#   CPYTHON_RECORDS records for CPython's row (default: 100000)
#   LOGWRIGHT_PYTHON  the CPython for the reference row (default: python3.13, else python3)
#   SKIP_BUILD=1    reuse benchmarks/target/benchmarks.jar
#   BENCH_RESULTS   where results go (default: benchmarks/results)
#   UPDATE_README=0 leave benchmarks/README.md alone (for trial runs)
set -euo pipefail
cd "$(dirname "$0")/.."

results=${BENCH_RESULTS:-benchmarks/results}
raw=$results/raw
mkdir -p "$raw"
rm -f "$raw"/*.json

own_tmp=""
if [ -z "${BENCH_TMP:-}" ]; then
  own_tmp=$(mktemp -d /tmp/logwright-bench-XXXXXX)
  BENCH_TMP=$own_tmp
fi
export BENCH_TMP
cleanup() { if [ -n "$own_tmp" ]; then rm -rf "$own_tmp"; fi; }
trap cleanup EXIT

# The CPython for the reference row: LOGWRIGHT_PYTHON, else a 3.13 (pyenv's or on the PATH),
# else python3. A candidate must actually run (pyenv shims exist for versions not selected).
python=""
for candidate in "${LOGWRIGHT_PYTHON:-}" "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.13*/bin/python3 \
    "$(command -v python3.13 || true)" python3; do
  if [ -n "$candidate" ] && "$candidate" -c "import logging.handlers" >/dev/null 2>&1; then
    python=$candidate
    break
  fi
done
if [ -z "$python" ]; then
  echo "no working python3 for CPython's reference row" >&2
  exit 1
fi

started=$(date -u +"%Y-%m-%d %H:%M UTC")
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== build" >&2
  mvn -B -q -pl benchmarks -am package -DskipTests
fi
jar=benchmarks/target/benchmarks.jar

# shellcheck disable=SC2206
timing=(${JMH_TIMING:--wi 2 -w 1s -i 4 -r 1s -f 2})
include=${JMH_INCLUDE:-dev.logwright.benchmarks.}
for threads in 1 2; do
  echo "== JMH, $threads thread(s)" >&2
  java -jar "$jar" "$include" "${timing[@]}" -t "$threads" -prof gc \
    -jvmArgsAppend "-Xms1g -Xmx1g -Dbench.tmp=$BENCH_TMP" \
    -rf json -rff "$raw/jmh-t$threads.json" 2>&1 | tee "$raw/jmh-t$threads.txt"
  if grep -q "<failure>" "$raw/jmh-t$threads.txt"; then
    echo "a benchmark failed; see $raw/jmh-t$threads.txt" >&2
    exit 1
  fi
done

echo "== start-up" >&2
python3 benchmarks/scripts/startup.py --jar "$jar" --runs "${STARTUP_RUNS:-30}" \
  --out "$raw/startup.json" --tmp "$BENCH_TMP"

echo "== CPython reference ($python)" >&2
"$python" benchmarks/scripts/cpython_rotating.py --records "${CPYTHON_RECORDS:-100000}" \
  --out "$raw/cpython.json" --tmp "$BENCH_TMP"

readme=()
if [ "${UPDATE_README:-1}" != 0 ]; then readme=(--readme benchmarks/README.md); fi
python3 benchmarks/scripts/report.py --jmh "$raw/jmh-t1.json" "$raw/jmh-t2.json" \
  --startup "$raw/startup.json" --cpython "$raw/cpython.json" \
  --out-dir "$results" "${readme[@]}" --date "$started"
