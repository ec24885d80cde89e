#!/usr/bin/env python3
"""Benchmark programs: goscape -O2 against Go 1.19 on bench/programs/*.go.

Every program prints a deterministic checksum; the expected stdout is the
committed <name>.out, produced by Go 1.19's `go run` (--update regenerates
it). The script builds each program with `go build` and `goscape build -O2`,
checks that both binaries print exactly the expected output, then runs the
two alternately for --rounds rounds (the order swaps every round, so both
see the same machine load) and prints a Markdown table per program:

  wall       best wall-clock time of the rounds (s)
  cpu        best user+system CPU time (s): Go's collector runs on other
             threads, so on a loaded machine the two figures differ
  go/gs      Go time / goscape time: >= 1.00 means goscape is faster
  RSS        peak resident set (MiB), as GNU /usr/bin/time reports it
  gs/go RSS  goscape's peak RSS / Go's: <= 1.00 means goscape uses less
  allocs     goscape's heap allocations and bytes, from the line
             `allocs: count=N bytes=N` that GOSCAPEDEBUG=allocs=1 makes the
             runtime print at exit (Go has no equivalent without changing
             the programs, so its column is empty)

The line under the table gives the one-minute load average when the rounds
started and ended: on a shared machine it says how much to trust them.

A program goscape cannot build or run, or whose output differs from the
expected one, gets a row saying so and is not timed; no figure is invented.

Usage:
  run.py [--build PATH] [--rounds N] [--workdir DIR] [--timeout S] [NAME...]
  run.py --check-only [--build PATH] [NAME...]   # build+compare, no timing;
                                                 # exit 1 on any failure
  run.py --update [NAME...]                      # regenerate <name>.out

--build is the goscape binary or a build directory (DIR/bin/goscape);
the default is build/bin/goscape of this checkout. NAME selects programs by
name (e.g. nbody); the default is every *.go file here. The exit status is
1 when any program fails to build, run or match its checksum.
"""

import argparse
import glob
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GO = "/usr/lib/go-1.19/bin/go"
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_GOSCAPE = os.path.join(ROOT, "build", "bin", "goscape")
TIME = "/usr/bin/time"  # GNU time (Debian package time)
ALLOCS_RE = re.compile(r"^allocs:\s*count=(\d+)\s+bytes=(\d+)\s*$", re.M)


def go_env():
    env = dict(os.environ, GO111MODULE="off")
    env.setdefault("GOCACHE", "/tmp/gocache-bench")
    return env


def first_line(text, default="(no output)"):
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("# command-line-arguments"):
            return line[:160]
    return default


def resolve_goscape(path):
    if os.path.isdir(path):
        for cand in (os.path.join(path, "bin", "goscape"),
                     os.path.join(path, "goscape")):
            if os.path.isfile(cand):
                return cand
        sys.exit("no goscape binary in %s (looked in bin/ and the directory)"
                 % path)
    return path


class Run:
    """One execution of a binary: output, status and resource usage."""

    def __init__(self, binary, env, timeout):
        with tempfile.TemporaryFile() as out, \
                tempfile.TemporaryFile() as err, \
                tempfile.NamedTemporaryFile("r") as rss:
            # The program runs under /usr/bin/time, which reports its peak
            # RSS: ru_maxrss of a child of this script would include the
            # Python interpreter's resident set inherited at fork.
            start = time.perf_counter()
            # Without GNU time (--check-only needs no RSS) the program runs
            # directly and its RSS is not reported.
            cmd = [TIME, "-f", "%M", "-o", rss.name, binary] \
                if os.path.exists(TIME) else [binary]
            proc = subprocess.Popen(cmd,
                                    stdout=out, stderr=err, env=env,
                                    start_new_session=True)
            # A timer kills a runaway program (its whole process group);
            # wait4 blocks until the exit and returns the resource usage,
            # which includes the program, a reaped child of time.
            killer = threading.Timer(
                timeout, lambda: os.killpg(proc.pid, signal.SIGKILL))
            killer.start()
            _, status, usage = os.wait4(proc.pid, 0)
            killer.cancel()
            self.wall = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            self.code = proc.returncode
            self.timed_out = self.wall >= timeout
            self.cpu = usage.ru_utime + usage.ru_stime
            # time writes "Command exited with non-zero status N" or
            # "Command terminated by signal N" before the figure.
            report = rss.read()
            lines = report.split()
            self.rss_kib = int(lines[-1]) if lines and lines[-1].isdigit() \
                else None
            sig = re.search(r"terminated by signal (\d+)", report)
            if self.code < 0:
                sig = str(-self.code)
            elif sig:
                sig = sig.group(1)
            self.signal = sig
            out.seek(0)
            err.seek(0)
            self.stdout = out.read().decode("utf-8", "replace")
            self.stderr = err.read().decode("utf-8", "replace")
        m = ALLOCS_RE.search(self.stderr)
        self.allocs = (int(m.group(1)), int(m.group(2))) if m else None

    def problem(self, expected):
        """None when the run succeeded with the expected output, else why."""
        if self.timed_out:
            return "timed out after %.0f s" % self.wall
        if self.signal:
            return "run failed: killed by signal %s: %s" % (
                self.signal, first_line(self.stderr))
        if self.code != 0:
            return "run failed: exit %d: %s" % (self.code,
                                                  first_line(self.stderr))
        if self.stdout != expected:
            got, want = self.stdout.splitlines(), expected.splitlines()
            for i in range(max(len(got), len(want))):
                g = got[i] if i < len(got) else "(missing)"
                w = want[i] if i < len(want) else "(missing)"
                if g != w:
                    return "FAIL: checksum mismatch: got `%s`, want `%s`" % (
                        g[:100], w[:100])
        return None


def build(cmd, env):
    """Runs a build command; returns None or the first error line."""
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       env=env, universal_newlines=True)
    if r.returncode != 0:
        return first_line(r.stdout, "exit %d" % r.returncode)
    return None


def programs(names):
    all_progs = sorted(os.path.splitext(os.path.basename(p))[0]
                       for p in glob.glob(os.path.join(HERE, "*.go")))
    if not names:
        return all_progs
    unknown = [n for n in names if n not in all_progs]
    if unknown:
        sys.exit("unknown program(s): %s (have: %s)" % (
            " ".join(unknown), " ".join(all_progs)))
    return names


def update(progs, workdir):
    """Regenerates <name>.out with `go run` from an empty directory."""
    env = go_env()
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        for name in progs:
            src = os.path.join(tmp, name + ".go")
            shutil.copy(os.path.join(HERE, name + ".go"), src)
            r = subprocess.run([GO, "run", name + ".go"], cwd=tmp, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if r.returncode != 0:
                sys.exit("%s: go run failed:\n%s" % (name, r.stderr.decode()))
            with open(os.path.join(HERE, name + ".out"), "wb") as f:
                f.write(r.stdout)
            print("%s.out: %s" % (name, r.stdout.decode().splitlines()[-1]))


def expected_output(name):
    path = os.path.join(HERE, name + ".out")
    if not os.path.exists(path):
        sys.exit("%s missing: run `%s --update %s`" % (path, sys.argv[0], name))
    with open(path) as f:
        return f.read()


def check_only(progs, goscape, workdir, timeout):
    env = dict(os.environ)
    failures = 0
    for name in progs:
        exe = os.path.join(workdir, name + ".goscape")
        err = build([goscape, "build", "-O2", "-o", exe,
                     os.path.join(HERE, name + ".go")], env)
        if err is None:
            err = Run(exe, env, timeout).problem(expected_output(name))
        else:
            err = "build failed: " + err
        print("%s: %s" % ("PASS" if err is None else "FAIL", name)
              + ("" if err is None else ": " + err))
        failures += err is not None
    print("%d of %d programs match Go 1.19's output" % (
        len(progs) - failures, len(progs)))
    return 1 if failures else 0


def fmt_s(v):
    return "-" if v is None else "%.3f" % v


def fmt_ratio(x, y):
    return "-" if x is None or y is None or y == 0 else "%.2f" % (x / y)


def fmt_mib(kib):
    return "-" if kib is None else "%.1f" % (kib / 1024.0)


def benchmark(progs, goscape, workdir, rounds, timeout):
    genv = go_env()
    genv["GODEBUG"] = "gctrace=0"
    senv = dict(os.environ, GOSCAPEDEBUG="allocs=1")
    state = {}
    for name in progs:
        src = os.path.join(HERE, name + ".go")
        want = expected_output(name)
        st = {"want": want, "go": None, "gs": None, "go_err": None,
              "gs_err": None, "best": {}}
        go_exe = os.path.join(workdir, name + ".go.exe")
        gs_exe = os.path.join(workdir, name + ".goscape")
        err = build([GO, "build", "-o", go_exe, src], go_env())
        if err:
            st["go_err"] = "go build failed: " + err
        else:
            st["go"] = go_exe
        err = build([goscape, "build", "-O2", "-o", gs_exe, src], senv)
        if err:
            st["gs_err"] = "build failed: " + err
        else:
            st["gs"] = gs_exe
        state[name] = st

    def record(st, side, r):
        best = st["best"].setdefault(side, {})
        for key, val in (("wall", r.wall), ("cpu", r.cpu),
                         ("rss", r.rss_kib)):
            if val is None:
                continue
            if key not in best or val < best[key]:
                best[key] = val
        if r.allocs:
            best["allocs"] = r.allocs

    load_start = os.getloadavg()[0]
    for rnd in range(rounds):
        for name in progs:
            st = state[name]
            sides = [("go", genv), ("gs", senv)]
            if rnd % 2:
                sides.reverse()
            for side, env in sides:
                if st[side] is None or st[side + "_err"]:
                    continue
                r = Run(st[side], env, timeout)
                err = r.problem(st["want"])
                if err:
                    st[side + "_err"] = ("Go 1.19: " if side == "go" else "") + err
                    st["best"].pop(side, None)
                    continue
                record(st, side, r)
        print("round %d of %d done" % (rnd + 1, rounds), file=sys.stderr)

    head = ["program", "go wall (s)", "goscape wall (s)", "go/gs wall",
            "go cpu (s)", "goscape cpu (s)", "go/gs cpu", "go RSS (MiB)",
            "goscape RSS (MiB)", "gs/go RSS", "goscape allocs",
            "goscape alloc MiB", "status"]
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---" for _ in head) + "|")
    for name in progs:
        st = state[name]
        g = st["best"].get("go", {})
        s = st["best"].get("gs", {})
        allocs = s.get("allocs")
        status = st["gs_err"] or st["go_err"] or "ok"
        if s and allocs is None:
            status += " (no allocs line on stderr)"
        row = [name, fmt_s(g.get("wall")), fmt_s(s.get("wall")),
               fmt_ratio(g.get("wall"), s.get("wall")),
               fmt_s(g.get("cpu")), fmt_s(s.get("cpu")),
               fmt_ratio(g.get("cpu"), s.get("cpu")),
               fmt_mib(g.get("rss")), fmt_mib(s.get("rss")),
               fmt_ratio(s.get("rss"), g.get("rss")),
               "-" if allocs is None else str(allocs[0]),
               "-" if allocs is None else "%.1f" % (allocs[1] / 1048576.0),
               status.replace("|", "\\|")]
        print("| " + " | ".join(row) + " |")
    print()
    print("Best of %d alternating rounds; go/gs >= 1.00 means goscape is "
          "faster; gs/go RSS <= 1.00 means goscape uses less memory." % rounds)
    print("One-minute load average %.2f when the rounds started, %.2f when "
          "they ended (the machine's other jobs add noise to every figure)."
          % (load_start, os.getloadavg()[0]))
    ok = all(not state[n]["gs_err"] and not state[n]["go_err"] for n in progs)
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n".join(__doc__.splitlines()[1:]))
    ap.add_argument("names", nargs="*", metavar="NAME")
    ap.add_argument("--build", default=DEFAULT_GOSCAPE,
                    help="goscape binary or build directory")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120,
                    help="seconds per run before it counts as failed")
    ap.add_argument("--workdir", default=None,
                    help="where binaries go (default: a temporary directory)")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--check-only", action="store_true",
                      help="build with goscape and compare outputs, no timing")
    mode.add_argument("--update", action="store_true",
                      help="regenerate the expected .out files with go run")
    a = ap.parse_args()
    progs = programs(a.names)
    tmp = None
    workdir = a.workdir
    if workdir is None:
        tmp = tempfile.TemporaryDirectory(prefix="goscape-bench-programs-")
        workdir = tmp.name
    os.makedirs(workdir, exist_ok=True)
    workdir = os.path.abspath(workdir)
    try:
        if a.update:
            update(progs, workdir)
            return 0
        goscape = resolve_goscape(a.build)
        if a.check_only:
            return check_only(progs, goscape, workdir, a.timeout)
        return benchmark(progs, goscape, workdir, a.rounds, a.timeout)
    finally:
        if tmp:
            tmp.cleanup()


if __name__ == "__main__":
    sys.exit(main())
