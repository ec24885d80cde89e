#!/usr/bin/env python3
"""Compares goscape's escape diagnostics with gc 1.19's, as multisets.

For each Go file, both compilers build a copy of it in a fresh temporary
directory, the way a user would:

    go build      -gcflags='-m -m -l' -o a.out x.go      (Go 1.19)
    goscape build -gcflags='-m -m -l' -o a.out x.go

and their outputs (stderr and stdout) are compared as multisets of lines,
after dropping go build's `# command-line-arguments` header and blank
lines.  This is the contract of SPEC section 3: the same positions
(`./x.go:LINE:COL`), the same messages and, at -m -m, the same explanation
blocks.  compare_order() also says whether the order is gc's (the goal;
the lit format requires it of the files not listed in
known-failing-order.txt).

With --known-failing LIST, files named in LIST (by base name) are expected
to disagree: a listed file that agrees is reported as an unexpected pass
and fails the run, so the list only shrinks.  The lit format
(test/Escape/lit.local.cfg) calls compare() per file instead.

Usage: gc_multiset.py [--go GO] [--goscape BIN] [--flags '-m -m -l']
                      [--known-failing LIST] [-q] FILE.go...
Exit status: 0 if every file behaves as expected, 1 otherwise.
"""

import argparse
import collections
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

GO = "/usr/lib/go-1.19/bin/go"
DEFAULT_FLAGS = "-m -m -l"
HEADER = "# command-line-arguments"


def go_env(base=None):
    """The environment go build needs in the sandbox (no modules, no net)."""
    env = dict(base if base is not None else os.environ)
    env.update({"GO111MODULE": "off", "GOFLAGS": "", "GOENV": "off",
                "GOPROXY": "off", "CGO_ENABLED": "0"})
    env.setdefault("GOROOT", os.path.dirname(os.path.dirname(GO)))
    if not os.path.isabs(env.get("GOCACHE", "")):
        env["GOCACHE"] = os.path.join(tempfile.gettempdir(),
                                      "gocache-escape-cases")
    return env


def run_build(tool, path, flags, env, timeout):
    """Builds a copy of path with `tool build`; returns (exit, lines, argv).

    exit is None on a timeout.  lines are the diagnostics without the
    package header.
    """
    base = os.path.basename(path)
    with tempfile.TemporaryDirectory(prefix="escape-multiset.") as tmp:
        shutil.copy(path, os.path.join(tmp, base))
        argv = [tool, "build", "-gcflags=" + flags, "-o",
                os.path.join(tmp, "a.out"), base]
        try:
            proc = subprocess.run(argv, cwd=tmp, env=env,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, [], argv
        except OSError as e:
            return -1, ["cannot run %s: %s" % (tool, e)], argv
    out = proc.stdout.decode("utf-8", errors="replace")
    lines = [l.rstrip("\r") for l in out.split("\n")]
    lines = [l for l in lines if l.strip() and l != HEADER]
    return proc.returncode, lines, argv


def diff(want, got):
    """Returns (missing, extra): lines of want not in got and vice versa,
    with multiplicity, each list in the order the lines were printed."""
    w, g = collections.Counter(want), collections.Counter(got)
    missing, extra = [], []
    left = w - g
    for line in want:
        if left[line]:
            missing.append(line)
            left[line] -= 1
    left = g - w
    for line in got:
        if left[line]:
            extra.append(line)
            left[line] -= 1
    return missing, extra


def compare(path, go, goscape, flags=DEFAULT_FLAGS, env=None, timeout=120):
    """Compares one file.  Returns (agree, report)."""
    agree, _, report = compare_order(path, go, goscape, flags, env, timeout)
    return agree, report


def first_difference(want, got):
    """The first line where got's order departs from want's (for two
    equal multisets), as report lines."""
    for i, (w, g) in enumerate(zip(want, got)):
        if w != g:
            return ["the order differs from gc's at line %d:" % (i + 1),
                    "  gc:      " + w, "  goscape: " + g]
    return []


def compare_order(path, go, goscape, flags=DEFAULT_FLAGS, env=None,
                  timeout=120):
    """Compares one file.  Returns (agree, same_order, report): agree as
    compare(); same_order when goscape also prints the lines in gc's
    order (gc prints its diagnostics as it emits them)."""
    env = go_env(env)
    gc_code, gc_lines, gc_argv = run_build(go, path, flags, env, timeout)
    if gc_code != 0:
        return False, ("gc 1.19 cannot build %s (exit %s):\n%s\n"
                       "error: fix the test, gc must accept every case"
                       % (path, gc_code, "\n".join(gc_lines)))
    code, lines, argv = run_build(goscape, path, flags, env, timeout)
    report = ["$ %s   # in a copy's directory; the same with %s"
              % (shlex.join(argv), go)]
    if code is None:
        report.append("error: goscape timed out")
        return False, "\n".join(report)
    missing, extra = diff(gc_lines, lines)
    if code != 0:
        report.append("error: goscape exited with status %d" % code)
    if missing or extra:
        report.append("error: the -m output differs from gc's "
                      "(%d lines from gc, %d from goscape)"
                      % (len(gc_lines), len(lines)))
        if missing:
            report.append("missing (printed by gc, not by goscape): %d"
                          % len(missing))
            report.extend("-" + l for l in missing)
        if extra:
            report.append("extra (printed by goscape, not by gc): %d"
                          % len(extra))
            report.extend("+" + l for l in extra)
    agree = code == 0 and not missing and not extra
    same_order = agree and lines == gc_lines
    if agree:
        report.append("%d lines agree" % len(lines))
        if same_order:
            report.append("in gc's order")
        else:
            report.extend(first_difference(gc_lines, lines))
    return agree, same_order, "\n".join(report)


def read_list(path):
    """Base names in a list file (one a line, # comments, blank lines)."""
    names = set()
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    names.add(line)
    return names


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--go", default=GO)
    ap.add_argument("--goscape", default="goscape")
    ap.add_argument("--flags", default=DEFAULT_FLAGS)
    ap.add_argument("--known-failing", default=None)
    ap.add_argument("-q", "--quiet", action="store_true",
                    help="print only failures and the summary")
    ap.add_argument("files", nargs="+")
    opts = ap.parse_args(argv[1:])
    known = read_list(opts.known_failing)
    counts = collections.Counter()
    bad = False
    for path in opts.files:
        agree, report = compare(path, opts.go, opts.goscape, opts.flags)
        name = os.path.basename(path)
        if agree:
            status = "XPASS" if name in known else "PASS"
        else:
            status = "XFAIL" if name in known else "FAIL"
        counts[status] += 1
        bad = bad or status in ("FAIL", "XPASS")
        if status in ("FAIL", "XPASS") or not opts.quiet:
            print("%s: %s" % (status, path))
            if status != "XFAIL" or not opts.quiet:
                print(report)
            if status == "XPASS":
                print("error: %s agrees with gc now: remove it from %s"
                      % (name, opts.known_failing))
    print("gc multiset (%s): %s" % (opts.flags, ", ".join(
        "%d %s" % (counts[k], k) for k in ("PASS", "FAIL", "XFAIL", "XPASS")
        if counts[k])))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
