#!/usr/bin/env python3
"""Checks that gc (Go 1.19) agrees with goscape's own tests.

goscape's expectations are written to match gc; this driver keeps them
honest by running gc on the same files:

  --mode errors    every errorcheck test that has // ERROR annotations:
                   gc's diagnostics must satisfy the annotations, under
                   the same rules as the lit format (goerrorcheck.py).
  --mode positive  every test expected to compile must be accepted by gc:
                     - an errorcheck test without annotations
                       (`go tool compile`, as for errorcheck tests);
                     - a lit (RUN:) test not named fail_* and with no
                       `not` on a RUN line (`go build -o /dev/null`);
                     - any other .go file, e.g. examples/*.go
                       (`go build -o /dev/null`).
                   A lit test named fail_* or using `not` must be
                   rejected by gc.
  --mode all       both.

A file opts out with a line containing `gc-agreement: skip <reason>`, for
behaviour where goscape deliberately differs from gc (e.g. the diagnostic
for an unsupported feature such as generics).

Arguments are files or directories (searched recursively for *.go,
skipping Inputs and Output directories); missing directories are empty.
Exit status 1 if any file disagrees.
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goerrorcheck  # noqa: E402

SKIP_MARK = re.compile(r"gc-agreement:\s*skip\b(.*)")
RUN_LINE = re.compile(r"RUN:(.*)")


def find_go_files(args):
    files = []
    for arg in args:
        if os.path.isfile(arg):
            files.append(arg)
            continue
        for dirpath, dirnames, filenames in os.walk(arg):
            dirnames[:] = sorted(d for d in dirnames
                                 if d not in ("Inputs", "Output"))
            files.extend(os.path.join(dirpath, f) for f in sorted(filenames)
                         if f.endswith(".go"))
    return files


def classify(path, src):
    """Returns (kind, detail): kind is one of errors, compile, build,
    reject, skip; detail explains skip."""
    m = SKIP_MARK.search(src)
    if m:
        return "skip", m.group(1).strip() or "marked"
    header = goerrorcheck.parse_header(src)
    if header is not None and header.is_errorcheck:
        want = header.want_error
        if want is None:
            want = goerrorcheck.has_annotations(src)
        if not want:
            return "compile", None
        return "errors", None
    if header is not None and header.action in goerrorcheck.OTHER_GO_ACTIONS:
        return "skip", "Go test recipe %s" % header.action
    run_lines = RUN_LINE.findall(src)
    if run_lines:
        negative = (os.path.basename(path).startswith("fail_") or
                    any(re.search(r"(^|[|;&\s])not\s", r) for r in run_lines))
        return ("reject" if negative else "build"), None
    return "build", None


def go_build(path, go, env, timeout):
    cwd, base = os.path.split(os.path.abspath(path))
    argv = [go, "build", "-o", os.devnull, base]
    try:
        proc = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "$ cd %s && %s\ntimed out" % (cwd, " ".join(argv))
    out = proc.stdout.decode("utf-8", errors="replace").rstrip("\n")
    return proc.returncode, "$ cd %s && %s\n%s" % (cwd, " ".join(argv), out)


def check_one(path, mode, go, env, timeout):
    """Returns (status, message): status agree, disagree or skip."""
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        src = f.read()
    kind, detail = classify(path, src)
    if kind == "skip":
        return "skip", detail
    if kind == "errors" and mode == "positive":
        return None, None
    if kind != "errors" and mode == "errors":
        return None, None
    if kind in ("errors", "compile"):
        status, report = goerrorcheck.check_file(
            path, "gc", {"go": go}, env=env, timeout=timeout)
        if status == "UNSUPPORTED":
            return "skip", report
        return ("agree", None) if status == "PASS" else ("disagree", report)
    code, report = go_build(path, go, env, timeout)
    if kind == "build" and code != 0:
        return "disagree", report + "\nerror: gc rejects a positive test"
    if kind == "reject" and code == 0:
        return "disagree", report + "\nerror: gc accepts a negative test"
    return "agree", None


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--go", default="/usr/lib/go-1.19/bin/go")
    ap.add_argument("--mode", choices=("errors", "positive", "all"),
                    default="all")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("paths", nargs="*")
    opts = ap.parse_args(argv[1:])

    files = find_go_files(opts.paths)
    env = dict(os.environ)
    counts = {"agree": 0, "disagree": 0, "skip": 0}
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        results = pool.map(
            lambda p: (p, check_one(p, opts.mode, opts.go, env,
                                    opts.timeout)), files)
        for path, (status, message) in results:
            if status is None:
                continue
            counts[status] += 1
            if status == "disagree":
                print("DISAGREE: %s\n%s\n" % (path, message))
            elif opts.verbose:
                print("%s: %s%s" % (status.upper(), path,
                                    " (%s)" % message if message else ""))
    print("gc-agreement (%s): %d agree, %d disagree, %d skipped"
          % (opts.mode, counts["agree"], counts["disagree"], counts["skip"]))
    return 1 if counts["disagree"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
