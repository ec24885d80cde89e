#!/usr/bin/env python3
"""Front-end throughput: goscape's parse and parse+typecheck against gc's.

Generates programs of 10k and 100k lines (--sizes for others; gc's gotype did
not finish a 1M-line program in 14 minutes) with bench/gen/gen_program.py,
times goscape's front end on each (best of several runs, in process) and,
in the same run, Go 1.19's own type checker (go/types through the gotype
tool from Go's sources, run as a process and timed best of three). Prints
a table with lines per second and the ratio goscape/gc (above 1 means
goscape is faster), and the time lowering to SSA takes against parse+check
(the SSA target: lowering adds at most as much time as the front end), and
the time escape analysis takes against parse+check (target: at most as
long), with its time per line so linear growth shows across sizes, and
the same ratio in CPU time (steadier on a busy machine).

Usage: bench/frontend/run.py BUILD_DIR [--sizes 10000,100000,1000000]
"""
import argparse
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GO = "/usr/lib/go-1.19/bin/go"
GOTYPE_SRC = "/usr/share/go-1.19/src/go/types/gotype.go"


def run_bench(binary, path):
    out = subprocess.run([binary, "-repeat", "5", path], check=True,
                         capture_output=True, text=True).stdout
    return dict(line.split() for line in out.splitlines())


def build_gotype(workdir):
    exe = os.path.join(workdir, "gotype")
    if not os.path.exists(exe):
        env = dict(os.environ, GO111MODULE="off", GOCACHE=os.path.join(workdir, "gocache"))
        subprocess.run([GO, "build", "-o", exe, GOTYPE_SRC], check=True, env=env)
    return exe


def time_gotype(exe, path):
    best = None
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([exe, path], check=True, capture_output=True)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--gc-max-lines", type=int, default=100000,
                    help="skip gc's gotype above this size")
    args = ap.parse_args()
    workdir = os.path.abspath(os.path.join(args.build, "bench", "frontend-work"))
    os.makedirs(workdir, exist_ok=True)
    binary = os.path.join(args.build, "bin", "goscape-frontend-bench")
    gotype = build_gotype(workdir)

    print("| lines | goscape parse (lines/s) | goscape parse+check (s) | "
          "goscape parse+check (lines/s) | gc go/types parse+check (s) | "
          "ratio gc/goscape | SSA lowering (s) | lowering/front end | "
          "escape analysis (s) | escape/front end | escape ns/line | "
          "escape/front end (CPU time) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for size in [int(s) for s in args.sizes.split(",")]:
        path = os.path.join(workdir, "gen-%d.go" % size)
        if not os.path.exists(path):
            subprocess.run([sys.executable, os.path.join(ROOT, "bench/gen/gen_program.py"),
                            "--lines", str(size), "--seed", "1", "-o", path], check=True)
        r = run_bench(binary, path)
        # gotype does not finish a 1M-line program in reasonable time.
        gc = time_gotype(gotype, path) if size <= args.gc_max_lines else None
        lines = int(r["lines"])
        check = float(r["check_seconds"])
        lower = float(r["lower_seconds"])
        esc = float(r["escape_seconds"])
        cpu_ratio = float(r["escape_cpu_seconds"]) / float(r["check_cpu_seconds"])
        gc_text = "%.3f | %.2fx" % (gc, gc / check) if gc else "- | -"
        print("| %d | %.2fM | %.3f | %.2fM | %s | %.3f | %.2f | %.3f | %.2f | %.0f | %.2f |" % (
            lines, float(r["parse_lines_per_second"]) / 1e6, check,
            lines / check / 1e6, gc_text, lower, lower / check, esc,
            esc / check, esc / lines * 1e9, cpu_ratio))


if __name__ == "__main__":
    main()
