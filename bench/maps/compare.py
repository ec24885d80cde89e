#!/usr/bin/env python3
"""Run the map benchmarks of goscape, std, absl (map-bench) and Go 1.19
(bench/go) and print one table of nanoseconds per operation and ratios.

Every benchmark iteration performs N operations on both sides, so
ns/op = (time per iteration) / N.

Ratios (per operation, key type and size):
  go/gs    Go 1.19 time / goscape time: the speedup of goscape over Go's map.
           >= 1.00 means goscape is at least as fast as Go.
  gs/absl  goscape time / absl::flat_hash_map time: how much slower goscape
           is than absl (the lookup target is <= 1.50).
  gs/std   goscape time / std::unordered_map time.

The C++ and Go suites run alternately, --count rounds each, and the median
of the rounds (--stat min: the fastest) is kept per benchmark. --spread
adds the range of go/gs and gs/absl over the rounds (each round's goscape
time against the Go and absl times of the same round), a measure of the
machine's noise. --before BINARY also runs an earlier map-bench in every
round (its goscape rows only) and adds its time ("before"), go/before and
before/absl, so a change is judged against the same machine load. Time is process CPU time (user +
system, all threads, so garbage collection work is included on both sides)
by default, because the wall time of a shared machine depends on its other
load; --metric wall uses wall-clock time instead.

Usage: compare.py [--build DIR] [--min-time SECONDS] [--benchtime GO_TIME]
                  [--count N] [--stat median|min] [--metric cpu|wall]
                  [--filter REGEX] [--before BINARY] [--markdown] [--spread]
"""

import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GO = "/usr/lib/go-1.19/bin/go"
OPS = ["InsertNoHint", "InsertHint", "LookupHit", "LookupMiss", "Delete",
       "Iterate"]


def keep_min(res, key, value):
    if key not in res or value < res[key]:
        res[key] = value


def median(values):
    v = sorted(values)
    n = len(v)
    return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2


def run_cpp(binary, min_time, count, metric, flt):
    cmd = [binary, "--benchmark_format=json",
           "--benchmark_min_time=%s" % min_time,
           "--benchmark_repetitions=%d" % count]
    if flt:
        cmd.append("--benchmark_filter=" + flt)
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE).stdout
    res = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type") == "aggregate":
            continue
        # BM_<Op>/<impl>/<key>/<N>
        m = re.match(r"BM_(\w+)/(\w+)/(\w+)/(\d+)(?:/\w+)*$", b["name"])
        if not m:
            continue
        op, impl, key, n = m.group(1), m.group(2), m.group(3), int(m.group(4))
        scale = {"ns": 1, "us": 1e3, "ms": 1e6, "s": 1e9}[b["time_unit"]]
        t = b["cpu_time" if metric == "cpu" else "real_time"]
        keep_min(res, (op, key, n, impl), t * scale / n)
    return res


def run_go(benchtime, count, metric, flt):
    env = dict(os.environ, GO111MODULE="off")
    env.setdefault("GOCACHE", "/tmp/goscape-gocache")
    cmd = [GO, "test", "-run", "^$", "-bench", flt or ".",
           "-benchtime", benchtime, "-count", str(count)]
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE,
                         cwd=os.path.join(ROOT, "bench", "go"), env=env,
                         universal_newlines=True).stdout
    res = {}
    for line in out.splitlines():
        # BenchmarkLookupHit/int64/1000-2   10000   49013 ns/op
        m = re.match(r"Benchmark(\w+)/(\w+)/(\d+)(?:-\d+)?\s+\d+\s+"
                     r"([\d.]+) ns/op\s+([\d.]+) cpu-ns/op", line)
        if m:
            op, key, n = m.group(1), m.group(2), int(m.group(3))
            t = float(m.group(5 if metric == "cpu" else 4))
            keep_min(res, (op, key, n, "go"), t / n)
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--min-time", default="0.5")
    ap.add_argument("--benchtime", default="1s")
    ap.add_argument("--count", type=int, default=3)
    ap.add_argument("--stat", choices=["median", "min"], default="median")
    ap.add_argument("--before", default="")
    ap.add_argument("--metric", choices=["cpu", "wall"], default="cpu")
    ap.add_argument("--filter", default="")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--spread", action="store_true")
    a = ap.parse_args()
    binary = os.path.join(a.build, "bench", "map-bench")
    if not os.path.exists(binary):
        sys.exit("%s not found: build it with `ninja -C %s map-bench`"
                 % (binary, a.build))
    # Alternate the suites so that all see the same machine load; the
    # median (or fastest) of the rounds is kept per benchmark.
    rounds = []
    for _ in range(a.count):
        this = {}
        this.update(run_cpp(binary, a.min_time, 1, a.metric, a.filter))
        if a.before:
            for (op, key, n, impl), v in run_cpp(a.before, a.min_time, 1,
                                                 a.metric, a.filter).items():
                if impl == "goscape":
                    this[(op, key, n, "before")] = v
        this.update(run_go(a.benchtime, 1, a.metric, a.filter))
        rounds.append(this)
    agg = median if a.stat == "median" else min
    res = {k: agg([r[k] for r in rounds if k in r])
           for k in set().union(*rounds)}

    def spread(op, key, n, num, den):
        """min-max over the rounds of time(num) / time(den)."""
        rs = [r[(op, key, n, num)] / r[(op, key, n, den)] for r in rounds
              if (op, key, n, num) in r and (op, key, n, den) in r]
        return "%.2f-%.2f" % (min(rs), max(rs)) if rs else "-"

    impls = ["goscape"] + (["before"] if a.before else []) + \
        ["go", "absl", "std"]
    head = ["op", "key", "N"] + impls + ["go/gs"]
    if a.before:
        head += ["go/before"]
    head += ["gs/absl"] + (["before/absl"] if a.before else []) + ["gs/std"]
    if a.spread:
        head += ["go/gs range", "gs/absl range"]
    rows = []
    for op in OPS:
        for key in ["int64", "string"]:
            for n in [1000, 100000, 1000000]:
                t = {i: res.get((op, key, n, i)) for i in impls}
                if t["goscape"] is None:
                    continue

                def ns(v):
                    return "-" if v is None else "%.1f" % v

                def ratio(x, y):
                    return "-" if x is None or y is None else "%.2f" % (x / y)
                row = [op, key, str(n)] + [ns(t[i]) for i in impls]
                row.append(ratio(t["go"], t["goscape"]))
                if a.before:
                    row.append(ratio(t["go"], t["before"]))
                row.append(ratio(t["goscape"], t["absl"]))
                if a.before:
                    row.append(ratio(t["before"], t["absl"]))
                row.append(ratio(t["goscape"], t["std"]))
                if a.spread:
                    row += [spread(op, key, n, "go", "goscape"),
                            spread(op, key, n, "goscape", "absl")]
                rows.append(row)
    if a.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "|".join("---" for _ in head) + "|")
        for r in rows:
            print("| " + " | ".join(r) + " |")
        return
    widths = [max(len(x) for x in col) for col in zip(head, *rows)]
    for r in [head] + rows:
        print("  ".join(x.rjust(w) for x, w in zip(r, widths)))
    print("\n%s ns per operation; go/gs >= 1 means goscape is at least as fast "
          "as Go 1.19; gs/absl and gs/std are goscape's slowdown." % a.metric)


if __name__ == "__main__":
    main()
