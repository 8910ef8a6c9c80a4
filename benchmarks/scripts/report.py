#!/usr/bin/env python3
"""Turns one run's results into the ratio table (markdown), the goals check and an SVG chart.

Inputs, all from the same run (any may be missing; its rows say so): JMH JSON files (-rf json,
run with -prof gc), startup.json from startup.py, cpython.json from cpython_rotating.py.
Every figure is divided by Logwright's in the same variant and thread count.
Python 3 standard library only.
"""

import argparse
import datetime
import html
import json
import os
import platform
import re
import sys

FRAMEWORKS = ["logwright", "logwright-fluent", "logwright-typed", "log4j2", "logback", "tinylog", "jul", "cpython", "floor"]
ANCHORS = ["log4j2", "logback", "tinylog", "jul"]
VARIANTS = ["buffered", "flush", "async", "disabled"]
VARIANT_TITLES = {
    "buffered": "buffered (no flush per record)",
    "flush": "flush per record",
    "async": "async hand-off",
    "disabled": "disabled call (DEBUG at INFO)",
}
# dev.logwright.benchmarks.<package>.<Class>.<method> -> (framework, variant)
PACKAGE_FRAMEWORK = {"logwright": "logwright", "typed": "logwright-typed", "log4j2": "log4j2",
                     "logback": "logback", "tinylog": "tinylog", "jul": "jul", "baseline": "floor"}
# Benchmark classes whose row differs from their package's.
CLASS_FRAMEWORK = {"LogwrightTypedBench": "logwright-typed", "LogwrightFluentBench": "logwright-fluent"}
# Bar colours in the chart; anchors and floors are blue.
BAR_COLORS = {"logwright": "#d9480f", "logwright-fluent": "#f59f00"}
BASELINE_VARIANT = {"emptyLoop": "disabled", "fileChannelWrite": "flush"}
FLOOR_NAMES = {"disabled": "floor: empty loop", "flush": "floor: bare FileChannel.write"}
# Rows Logwright cannot have yet, by (framework, variant).
PENDING = {}
NOTES = {
    ("logwright", "buffered"): "setBuffering(64 KB, 1 s): written when full, on flush/close/rollover, within 1 s",
    ("logwright", "async"): "ring buffer waits when full (WhenFull.WAIT): ops/s counts records that reached the file",
    ("logwright-fluent", "buffered"): "atInfo().arg(id).arg(city).arg(ms).log(msg): no boxing; plain API's set-up",
    ("logwright-fluent", "async"): "fluent call, plain API's ring (waits when full): ops/s counts records that reached the file",
    ("logwright-typed", "buffered"): "@Buffered(64 KB, 1 s) on the generated rotating file",
    ("logwright-typed", "async"): "@ToQueue: bounded ring, waits when full, file @Buffered: ops/s counts records that reached the file",
    ("tinylog", "flush"): "unbuffered writer",
    ("jul", "flush"): "FileHandler always flushes",
    ("cpython", "flush"): "RotatingFileHandler, 1 thread",
}


class Row:
    def __init__(self, ops=None, bytes_per_op=None, caller_bytes=None, note=""):
        self.ops, self.bytes_per_op, self.caller_bytes, self.note = ops, bytes_per_op, caller_bytes, note


def load_jmh(paths):
    """Returns {(variant, threads): {framework: Row}} from JMH JSON files."""
    groups = {}
    for path in paths:
        with open(path) as f:
            results = json.load(f)
        for r in results:
            parts = r["benchmark"].split(".")
            package, cls, method = parts[-3], parts[-2], parts[-1]
            framework = CLASS_FRAMEWORK.get(cls) or PACKAGE_FRAMEWORK.get(package, package)
            variant = BASELINE_VARIANT.get(method, method) if framework == "floor" else method
            groups.setdefault((variant, r["threads"]), {})[framework] = jmh_row(r)
    return groups


def jmh_row(r):
    secondary = {k: v["score"] for k, v in r.get("secondaryMetrics", {}).items()}
    ops = r["primaryMetric"]["score"]
    calls = secondary.get("producerCalls")
    caller = None
    note = ""
    if calls:
        caller = secondary.get("producerBytes", 0.0) / calls
        dropped = secondary.get("droppedRecords", 0.0)
        if dropped:
            # A waiting ring refuses only without a running listener; any refusal still shows.
            note = f"{ops:,.0f} calls/s, {100 * dropped / calls:.1f} % refused by the full queue"
            ops *= 1 - dropped / calls
    return Row(ops, secondary.get("gc.alloc.rate.norm"), caller, note)


def add_cpython(groups, path):
    if not path or not os.path.exists(path):
        return None
    with open(path) as f:
        cpython = json.load(f)
    for variant in ("flush", "disabled"):
        groups.setdefault((variant, 1), {})["cpython"] = Row(cpython[variant]["ops_per_s"])
    return cpython


def fmt_number(value, digits=0):
    if value is None:
        return "–"
    if digits == 0:
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}"


def fmt_ratio(value, base):
    if value is None or base is None:
        return "–"
    if base == 0:
        return "–" if value == 0 else "∞"
    return f"{value / base:.2f}"


def fmt_bytes(value):
    if value is None:
        return "–"
    return "0" if abs(value) < 0.5 else f"{value:,.0f}"


def table(groups, startup):
    lines = [
        "| variant | threads | framework | ops/s | × Logwright | B/op | × Logwright | caller B/op | note |",
        "|---|---:|---|---:|---:|---:|---:|---:|---|",
    ]
    for variant in VARIANTS:
        for threads in sorted(t for v, t in groups if v == variant):
            rows = groups[(variant, threads)]
            base = rows.get("logwright")
            for framework in FRAMEWORKS:
                row = rows.get(framework)
                name = FLOOR_NAMES.get(variant, "floor") if framework == "floor" else framework
                if row is None:
                    if (framework, variant) in PENDING or framework in ("logwright", "logwright-fluent", "logwright-typed"):
                        reason = PENDING.get((framework, variant), "no result in this run")
                        lines.append(f"| {variant} | {threads} | {name} | pending | | | | | {reason} |")
                    continue
                note = row.note or NOTES.get((framework, variant), "")
                lines.append(
                    f"| {variant} | {threads} | {name} | {fmt_number(row.ops)} "
                    f"| {fmt_ratio(row.ops, base.ops if base else None)} | {fmt_bytes(row.bytes_per_op)} "
                    f"| {fmt_ratio(row.bytes_per_op, base.bytes_per_op if base else None)} "
                    f"| {fmt_bytes(row.caller_bytes)} | {note} |"
                )
    if startup:
        programs = startup["programs"]
        base = programs.get("logwright", {}).get("median")
        for name in ["logwright", "logwright-typed", "log4j2", "logback", "tinylog", "jul", "empty"]:
            if name not in programs:
                continue
            p = programs[name]
            label = "floor: empty main" if name == "empty" else name
            note = STARTUP_NOTES.get(name, "")
            lines.append(
                f"| start-up | 1 | {label} | {p['median']:.3f} s | {fmt_ratio(p['median'], base)} | | | "
                f"| median of {startup['runs']} processes{note} |"
            )
    return "\n".join(lines)


def best_anchor(rows, key=lambda r: r.ops):
    candidates = [(key(rows[a]), a) for a in ANCHORS if a in rows and key(rows[a]) is not None]
    return max(candidates) if candidates else (None, None)


def goals(groups, startup):
    """Returns markdown lines, one per goal of the issue, saying met, missed or pending."""
    out = []

    def verdict(ok):
        return "met" if ok else "**missed**"

    for threads in sorted({t for _, t in groups}):
        g = lambda v: groups.get((v, threads), {})  # noqa: E731
        line = throughput_goal(g("buffered"), f"buffered, {threads} thr", 2.0)
        if line:
            out.append(line)
        floor = g("flush").get("floor")
        near = [f"{name} {g('flush')[fw].ops / floor.ops:.2f}×" for fw, name in
                (("logwright", "plain"), ("logwright-fluent", "fluent"), ("logwright-typed", "typed"))
                if floor and floor.ops and fw in g("flush")]
        bare = f"; against a bare FileChannel.write loop: {', '.join(near)}" if near else ""
        line = throughput_goal(g("flush"), f"flush per record, {threads} thr", 1.2, bare)
        if line:
            out.append(line)
        for variant in ("buffered", "flush"):
            line = plain_bytes_goal(g(variant), variant, threads)
            if line:
                out.append(line)
        floor = g("disabled").get("floor")
        lw, fluent = g("disabled").get("logwright"), g("disabled").get("logwright-fluent")
        if floor and floor.ops and ((lw and lw.ops) or (fluent and fluent.ops)):
            # JMH sums the threads' throughput: a call takes threads / ops seconds on its thread.
            extra = lambda row: threads * (1e9 / row.ops - 1e9 / floor.ops)  # noqa: E731
            texts = [f"{name} {fmt_bytes(row.bytes_per_op)} B/op, {extra(row):+.2f} ns against the empty loop"
                     for name, row in (("plain API", lw), ("fluent call", fluent)) if row and row.ops]
            out.append(f"- disabled call, {threads} thr: {'; '.join(texts)}")
        line = throughput_goal(g("async"), f"async hand-off, {threads} thr", 1.0, zero_bytes=True)
        if line:
            out.append(line)
    out.extend(typed_goals(groups))
    if startup and "empty" in startup["programs"]:
        programs, empty = startup["programs"], startup["programs"]["empty"]["median"]
        ours = [(name, programs[fw]["median"]) for name, fw in STARTUP_ROWS if fw in programs]
        if ours:
            texts = ", ".join(f"{name} {seconds / empty:.2f}×" for name, seconds in ours)
            reached = [name for name, seconds in ours if seconds <= 1.5 * empty]
            who = f"met by {', '.join(reached)}" if reached else "**missed**"
            out.append(f"- start-up to first line: {texts} the empty main; goal ≤ 1.5×: {who}")
    return out


# The start-up programs: the plain API configured in code, and the generated pipeline.
STARTUP_ROWS = (("plain", "logwright"), ("typed", "logwright-typed"))
STARTUP_NOTES = {
    "logwright": ": plain API, configured in code",
    "logwright-typed": ": generated pipeline and typed logger",
}


LOGWRIGHT_ROWS = (("plain", "logwright"), ("fluent", "logwright-fluent"), ("typed", "logwright-typed"))


def throughput_goal(rows, label, factor, extra="", zero_bytes=False):
    """One throughput goal: each Logwright row (plain varargs call, fluent call, typed logger) as a
    multiple of the fastest anchor, and which rows reach `factor` (with 0 B/op on the caller's
    side when `zero_bytes`)."""
    best, who = best_anchor(rows)
    ours = [(name, rows.get(fw)) for name, fw in LOGWRIGHT_ROWS]
    ours = [(name, row) for name, row in ours if row and row.ops]
    if not best or not ours:
        return None

    def figure(name, row):
        text = f"{name} {row.ops / best:.2f}×"
        if zero_bytes:
            text += f" at {fmt_bytes(row.caller_bytes)} B/op"
        return text

    def reaches(row):
        no_garbage = row.caller_bytes is not None and row.caller_bytes < 0.5
        return row.ops >= factor * best and (no_garbage or not zero_bytes)

    met = [name for name, row in ours if reaches(row)]
    goal = f"≥ {factor:g}×" + (" at 0 B/op" if zero_bytes else "")
    verdict = f"met by {', '.join(met)}" if met else "**missed**"
    if met and len(met) < len(ours):
        verdict += f"; **missed** by {', '.join(n for n, r in ours if n not in met)}"
    return (f"- {label}: {', '.join(figure(n, r) for n, r in ours)} the fastest anchor ({who}){extra}; "
            f"goal {goal}: {verdict}")


def plain_bytes_goal(rows, variant, threads):
    """The plain Logger API's B/op against the anchors': the varargs call (whose caller boxes the
    primitives, as every anchor's does) and the fluent call (no boxing); the goal holds when the
    better of the two is below every anchor."""
    anchors = [rows[a].bytes_per_op for a in ANCHORS if a in rows and rows[a].bytes_per_op is not None]
    calls = [(name, rows.get(fw)) for name, fw in (("varargs call", "logwright"), ("fluent call", "logwright-fluent"))]
    calls = [(name, row.bytes_per_op) for name, row in calls if row and row.bytes_per_op is not None]
    if not calls or not anchors:
        return None
    text = ", ".join(f"{name} {fmt_bytes(value)}" + (" (boxing by the caller, as every anchor)" if name == "varargs call" else "")
                     for name, value in calls)
    best = min(value for _, value in calls)
    # whole bytes: a fraction of a byte apart is a tie, not "below"
    ok = round(best) < round(min(anchors))
    return (f"- plain API B/op, {variant}, {threads} thr: {text}; the anchors' least {fmt_bytes(min(anchors))}; "
            f"goal below every anchor: {'met' if ok else '**missed**'}")


def typed_goals(groups):
    """The typed logger + generated pipeline's goals: 0 B/op in steady state (the caller's side
    for the async hand-off); the disabled call 0 B/op and within 1 ns of the empty loop."""
    out = []
    for threads in sorted({t for _, t in groups}):
        g = lambda v: groups.get((v, threads), {}).get("logwright-typed")  # noqa: E731
        figures = []
        for variant in ("buffered", "flush", "async"):
            row = g(variant)
            value = None if row is None else (row.caller_bytes if variant == "async" else row.bytes_per_op)
            if value is not None:
                figures.append((f"{variant}{' (caller)' if variant == 'async' else ''}", value))
        if figures:
            text = ", ".join(f"{name} {fmt_bytes(value)}" for name, value in figures)
            out.append(f"- typed logger + generated pipeline, {threads} thr: B/op {text}; goal 0 B/op: "
                       f"{'met' if all(v < 0.5 for _, v in figures) else '**missed**'}")
        typed, floor = g("disabled"), groups.get(("disabled", threads), {}).get("floor")
        if typed and floor and typed.ops and floor.ops:
            # As for the plain API: JMH sums the threads' throughput.
            extra = threads * (1e9 / typed.ops - 1e9 / floor.ops)
            zero = typed.bytes_per_op is not None and typed.bytes_per_op < 0.5
            out.append(f"- disabled call, typed logger, {threads} thr: {fmt_bytes(typed.bytes_per_op)} B/op, "
                       f"{extra:+.2f} ns against the empty loop; goal 0 B/op within 1 ns: "
                       f"{'met' if zero and extra <= 1.0 else '**missed**'}")
    if not out:
        out.append("- typed logger + generated pipeline (0 B/op; disabled within 1 ns of the empty loop): "
                   "no result in this run")
    return out


def machine(startup, cpython):
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            names = re.findall(r"^model name\s*:\s*(.+)$", f.read(), re.M)
        if names:
            cpu = names[0]
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
        memory = f", {kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    java = startup["java"] if startup else "java: see JMH JSON"
    python = f", {cpython['python']}" if cpython else ""
    return f"{cpu}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}; {java}{python}"


def chart(groups, startup):
    """A horizontal bar chart: one block per variant and thread count, bars scaled to the block's largest."""
    width, label_w, bar_w, bar_h, gap = 760, 230, 400, 16, 4
    blocks = []
    for variant in VARIANTS:
        for threads in sorted(t for v, t in groups if v == variant):
            rows = groups[(variant, threads)]
            bars = []
            for fw in FRAMEWORKS:
                if fw in rows and rows[fw].ops:
                    name = FLOOR_NAMES.get(variant, "floor") if fw == "floor" else fw
                    bars.append((name, rows[fw].ops, f"{rows[fw].ops:,.0f} ops/s", BAR_COLORS.get(fw)))
            blocks.append((f"{VARIANT_TITLES[variant]}, {threads} thread{'s' if threads > 1 else ''} "
                           "(ops/s, longer is better)", bars))
    if startup:
        bars = [("floor: empty main" if n == "empty" else n, p["median"], f"{p['median']:.3f} s", BAR_COLORS.get(n))
                for n, p in startup["programs"].items()]
        blocks.append(("start-up to first line (seconds, shorter is better)", bars))
    y = 30
    parts = []
    for title, bars in blocks:
        parts.append(f'<text x="10" y="{y}" font-weight="bold">{html.escape(title)}</text>')
        y += 8
        top = max((b[1] for b in bars), default=1) or 1
        for name, value, text, color in bars:
            length = max(1.0, bar_w * value / top)
            color = color or "#5c7cfa"
            parts.append(f'<text x="{label_w - 8}" y="{y + 12}" text-anchor="end">{html.escape(name)}</text>')
            parts.append(f'<rect x="{label_w}" y="{y}" width="{length:.1f}" height="{bar_h}" fill="{color}"/>')
            parts.append(f'<text x="{label_w + length + 6:.1f}" y="{y + 12}">{html.escape(text)}</text>')
            y += bar_h + gap
        y += 22
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{y}" '
            f'font-family="sans-serif" font-size="12"><rect width="100%" height="100%" fill="white"/>')
    return head + "".join(parts) + "</svg>\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jmh", nargs="*", default=[], help="JMH JSON result files")
    parser.add_argument("--startup", help="startup.json")
    parser.add_argument("--cpython", help="cpython.json")
    parser.add_argument("--out-dir", required=True, help="where latest.md and chart.svg go")
    parser.add_argument("--readme", help="a README whose results section is replaced")
    parser.add_argument("--date", help="the run's date (default: now, UTC)")
    args = parser.parse_args()

    groups = load_jmh([p for p in args.jmh if os.path.exists(p)])
    cpython = add_cpython(groups, args.cpython)
    startup = None
    if args.startup and os.path.exists(args.startup):
        with open(args.startup) as f:
            startup = json.load(f)
    date = args.date or datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    text = "\n".join([
        f"Run of {date} on {machine(startup, cpython)}.",
        "",
        "× Logwright is the figure divided by Logwright's in the same variant and thread count: for "
        "ops/s below 1 means slower than Logwright, for B/op above 1 means more garbage. B/op is "
        "JMH's `gc.alloc.rate.norm` (every thread, writer threads included); caller B/op counts the "
        "logging threads alone.",
        "",
        table(groups, startup),
        "",
        "Goals of the issue, measured in this run:",
        "",
        *goals(groups, startup),
        "",
    ])
    os.makedirs(args.out_dir, exist_ok=True)
    with open(os.path.join(args.out_dir, "latest.md"), "w") as f:
        f.write(text)
    with open(os.path.join(args.out_dir, "chart.svg"), "w") as f:
        f.write(chart(groups, startup))
    if args.readme:
        replace_section(args.readme, text + "\n![Latest run](results/chart.svg)\n")
    print(text)


def replace_section(readme, text):
    begin, end = "<!-- results:begin -->", "<!-- results:end -->"
    with open(readme) as f:
        content = f.read()
    if begin not in content or end not in content:
        sys.exit(f"{readme} lacks the {begin} … {end} markers")
    head, rest = content.split(begin, 1)
    _, tail = rest.split(end, 1)
    with open(readme, "w") as f:
        f.write(head + begin + "\n" + text + end + tail)


if __name__ == "__main__":
    main()
