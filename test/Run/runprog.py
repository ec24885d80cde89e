#!/usr/bin/env python3
"""Runs Go programs and compares what they do with committed expectations.

A run test is a Go program `NAME.go` (package main) next to its expected
behaviour:

  NAME.out   stdout, byte for byte (always present);
  NAME.exit  the exit status as a decimal number, only when it is not 0;
  NAME.err   stderr up to, not including, the `goroutine N [running]:`
             line of a panic trace, with `[signal ...]` lines (they hold
             a pc) and trailing blank lines dropped; only when that is not
             empty.  For a program of test/Run a missing .err means stderr
             must be empty; for examples/ (which have only .out files)
             stderr is not checked.

A line `// args: a b c` in the program gives its command-line arguments
(split on white space).

Every expectation is what Go 1.19 does: `regen` writes them by building the
program with gc (`go build`) and running the executable directly, so the
exit status is the program's own (`go run` would turn every non-zero status
into 1 and add `exit status N` to stderr).

Commands:
  run FILE...             build each FILE with `goscape build -o` and run it,
                          comparing with its expectations (what the lit
                          format in runformat.py does for one test);
  regen [FILE...]         rewrite the expectations of FILEs (default: every
                          test/Run/*.go) from gc;
  gc-agree [-j N]         build every test/Run/*.go and examples/*.go with
                          gc and check the committed expectations (the lit
                          test gc-agreement.test);
  known-failing           run every program with goscape and rewrite
                          known-failing.txt with the ones that fail.

This module has no dependency on lit.
"""

import argparse
import concurrent.futures
import difflib
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC_ROOT = os.path.dirname(os.path.dirname(HERE))
EXAMPLES = os.path.join(SRC_ROOT, "examples")
KNOWN_FAILING = os.path.join(HERE, "known-failing.txt")
DEFAULT_GO = "/usr/lib/go-1.19/bin/go"

ARGS_LINE = re.compile(r"^// args:(.*)$", re.M)
TRACE_START = re.compile(r"^goroutine \d+ \[running\]:$")
SIGNAL_LINE = re.compile(r"^\[signal .*\]$")


class Program:
    """A run test: its source and expectations.

    `stderr` is None when stderr is not checked (examples/)."""

    def __init__(self, path):
        self.path = os.path.abspath(path)
        self.dir, base = os.path.split(self.path)
        self.name = base[:-len(".go")]
        self.in_examples = os.path.samefile(self.dir, EXAMPLES) \
            if os.path.isdir(EXAMPLES) else False
        with open(self.path, encoding="utf-8", errors="surrogateescape") as f:
            src = f.read()
        m = ARGS_LINE.search(src)
        self.args = m.group(1).split() if m else []

    def expected_path(self, ext):
        return os.path.join(self.dir, self.name + ext)

    def test_name(self):
        """The name used in known-failing.txt and by lit."""
        if self.in_examples:
            return "examples/" + self.name + ".go"
        return self.name + ".go"

    def load_expected(self):
        """Returns (stdout bytes, exit status, stderr text or None)."""
        with open(self.expected_path(".out"), "rb") as f:
            out = f.read()
        status = 0
        if os.path.exists(self.expected_path(".exit")):
            with open(self.expected_path(".exit")) as f:
                status = int(f.read().strip())
        err = None
        if os.path.exists(self.expected_path(".err")):
            with open(self.expected_path(".err"), "rb") as f:
                err = f.read().decode("utf-8", errors="replace")
        elif not self.in_examples:
            err = ""
        return out, status, err


def all_programs(with_examples=True):
    """Every run test: test/Run/*.go, then examples/*.go."""
    paths = sorted(glob.glob(os.path.join(HERE, "*.go")))
    if with_examples:
        paths += sorted(glob.glob(os.path.join(EXAMPLES, "*.go")))
    return [Program(p) for p in paths]


def read_known_failing():
    names = set()
    if os.path.exists(KNOWN_FAILING):
        with open(KNOWN_FAILING, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    names.add(line)
    return names


def stderr_prefix(data):
    """The part of stderr a run test compares (see the module comment)."""
    text = data.decode("utf-8", errors="replace")
    kept = []
    for line in text.split("\n"):
        if TRACE_START.match(line):
            break
        if SIGNAL_LINE.match(line):
            continue
        kept.append(line)
    text = "\n".join(kept).rstrip("\n")
    return text + "\n" if text else ""


def execute(binary, args, cwd, timeout):
    """Runs binary; returns (stdout, stderr, status or a description)."""
    try:
        proc = subprocess.run([binary] + args, cwd=cwd, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return e.stdout or b"", e.stderr or b"", "timeout after %ds" % timeout
    status = proc.returncode
    if status < 0:
        status = "killed by signal %d" % -status
    return proc.stdout, proc.stderr, status


def build(argv, env, timeout):
    """Runs a compiler; returns None on success or a failure report."""
    try:
        proc = subprocess.run(argv, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return "$ %s\ntimed out after %ds" % (" ".join(argv), timeout)
    if proc.returncode != 0:
        return "$ %s\nexit status %d\n%s" % (
            " ".join(argv), proc.returncode,
            proc.stdout.decode("utf-8", errors="replace"))
    return None


def gc_env(env=None):
    env = dict(os.environ if env is None else env)
    env["GO111MODULE"] = "off"
    env.setdefault("GOCACHE", "/tmp/gocache-run")
    env.setdefault("GOPATH", "/tmp/gopath-run")
    env.setdefault("GOFLAGS", "")
    return env


def gc_build_argv(go, prog, binary):
    return [go, "build", "-o", binary, prog.path]


def goscape_build_argv(goscape, prog, binary):
    return [goscape, "build", "-o", binary, prog.path]


def run_program(prog, build_argv, workdir, env, timeout):
    """Builds and runs prog in workdir.

    Returns (None, (stdout, status, stderr-prefix)) or (report, None)."""
    os.makedirs(workdir, exist_ok=True)
    binary = os.path.join(workdir, prog.name + ".exe")
    if os.path.exists(binary):
        os.remove(binary)
    failure = build(build_argv(binary), env, timeout)
    if failure:
        return "build failed:\n" + failure, None
    out, err, status = execute(binary, prog.args, workdir, timeout)
    return None, (out, status, stderr_prefix(err))


def diff(expected, actual, what):
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        "expected " + what, "actual " + what, n=2)
    text = "".join(lines)
    if len(text) > 6000:
        text = text[:6000] + "\n... (diff truncated)\n"
    return text


def compare(prog, actual):
    """Returns a list of mismatch reports (empty when everything agrees)."""
    want_out, want_status, want_err = prog.load_expected()
    out, status, err = actual
    problems = []
    if out != want_out:
        problems.append("stdout differs:\n" + diff(
            want_out.decode("utf-8", errors="replace"),
            out.decode("utf-8", errors="replace"), "stdout"))
    if status != want_status:
        problems.append("exit status: expected %s, got %s"
                        % (want_status, status))
    if want_err is not None and err != want_err:
        problems.append("stderr (up to the goroutine trace) differs:\n"
                        + diff(want_err, err, "stderr"))
    return problems


def check_goscape(path, goscape, workdir, env=None, timeout=120):
    """Builds path with goscape, runs it and compares: (ok, report)."""
    prog = Program(path)
    if not os.path.exists(prog.expected_path(".out")):
        return False, ("missing %s (run scripts/regen-run-outputs)"
                       % prog.expected_path(".out"))
    failure, actual = run_program(
        prog, lambda b: goscape_build_argv(goscape, prog, b), workdir,
        dict(os.environ if env is None else env), timeout)
    if failure:
        return False, failure
    problems = compare(prog, actual)
    if problems:
        return False, "\n".join(problems)
    shutil.rmtree(workdir, ignore_errors=True)
    return True, ""


def write_expected(prog, actual):
    out, status, err = actual
    with open(prog.expected_path(".out"), "wb") as f:
        f.write(out)
    for ext, content in ((".exit", "%d\n" % status if status else ""),
                         (".err", err)):
        p = prog.expected_path(ext)
        if content:
            with open(p, "w", encoding="utf-8") as f:
                f.write(content)
        elif os.path.exists(p):
            os.remove(p)


def for_each(progs, jobs, fn):
    with concurrent.futures.ThreadPoolExecutor(max(1, jobs)) as pool:
        for prog, result in zip(progs, pool.map(fn, progs)):
            yield prog, result


def cmd_regen(opts):
    progs = [Program(p) for p in opts.files] if opts.files \
        else all_programs(with_examples=False)
    env = gc_env()
    tmp = tempfile.mkdtemp(prefix="goscape-regen-")
    status = 0
    try:
        def one(prog):
            return run_program(
                prog, lambda b: gc_build_argv(opts.go, prog, b),
                os.path.join(tmp, prog.name), env, opts.timeout)
        for prog, (failure, actual) in for_each(progs, opts.jobs, one):
            if failure:
                print("FAIL %s\n%s" % (prog.test_name(), failure))
                status = 1
                continue
            if isinstance(actual[1], str):
                print("FAIL %s: %s" % (prog.test_name(), actual[1]))
                status = 1
                continue
            write_expected(prog, actual)
            print("ok   %s (%d lines, exit %d)" % (
                prog.test_name(), actual[0].count(b"\n"), actual[1]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return status


def cmd_gc_agree(opts):
    progs = all_programs()
    env = gc_env()
    tmp = tempfile.mkdtemp(prefix="goscape-gcagree-")
    bad = 0
    try:
        def one(prog):
            failure, actual = run_program(
                prog, lambda b: gc_build_argv(opts.go, prog, b),
                os.path.join(tmp, prog.name), env, opts.timeout)
            if failure:
                return [failure]
            if not os.path.exists(prog.expected_path(".out")):
                return ["missing %s (run scripts/regen-run-outputs)"
                        % prog.expected_path(".out")]
            return compare(prog, actual)
        for prog, problems in for_each(progs, opts.jobs, one):
            if problems:
                bad += 1
                print("DISAGREE: %s\n%s\n" % (prog.test_name(),
                                              "\n".join(problems)))
            elif opts.verbose:
                print("agree: %s" % prog.test_name())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("run gc-agreement: %d programs, %d agree, %d disagree"
          % (len(progs), len(progs) - bad, bad))
    return 1 if bad else 0


def cmd_run(opts):
    tmp = tempfile.mkdtemp(prefix="goscape-run-")
    status = 0
    try:
        for path in opts.files:
            prog = Program(path)
            ok, report = check_goscape(path, opts.goscape,
                                       os.path.join(tmp, prog.name),
                                       timeout=opts.timeout)
            print("%s %s" % ("PASS" if ok else "FAIL", prog.test_name()))
            if report and (opts.verbose or len(opts.files) == 1):
                print(report)
            status |= 0 if ok else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return status


def cmd_known_failing(opts):
    progs = all_programs()
    tmp = tempfile.mkdtemp(prefix="goscape-kf-")
    failing = []
    try:
        def one(prog):
            return check_goscape(prog.path, opts.goscape,
                                 os.path.join(tmp, prog.name),
                                 timeout=opts.timeout)[0]
        for prog, ok in for_each(progs, opts.jobs, one):
            if not ok:
                failing.append(prog.test_name())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(KNOWN_FAILING, "w", encoding="utf-8") as f:
        f.write(KNOWN_FAILING_HEADER)
        for name in failing:
            f.write(name + "\n")
    print("%d of %d programs pass; %d listed in %s"
          % (len(progs) - len(failing), len(progs), len(failing),
             os.path.relpath(KNOWN_FAILING, SRC_ROOT)))
    return 0


KNOWN_FAILING_HEADER = """\
# Run tests goscape cannot pass yet: lit reports them XFAIL, and XPASS (a
# failure) once they pass, so remove a name as soon as its program works.
# Names are test/Run file names or examples/NAME.go.  Rewrite the list from
# an actual run with: python3 test/Run/runprog.py known-failing --goscape BIN
"""


def main(argv):
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("run", "regen", "gc-agree", "known-failing"):
        p = sub.add_parser(name)
        p.add_argument("--go", default=DEFAULT_GO)
        p.add_argument("--goscape",
                       default=os.path.join(SRC_ROOT, "build", "bin",
                                            "goscape"))
        p.add_argument("-j", "--jobs", type=int, default=2)
        p.add_argument("--timeout", type=int, default=120)
        p.add_argument("-v", "--verbose", action="store_true")
        if name in ("run", "regen"):
            p.add_argument("files", nargs="*" if name == "regen" else "+")
    opts = ap.parse_args(argv[1:])
    return {"run": cmd_run, "regen": cmd_regen, "gc-agree": cmd_gc_agree,
            "known-failing": cmd_known_failing}[opts.cmd](opts)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
