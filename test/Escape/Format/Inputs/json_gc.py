#!/usr/bin/env python3
"""Compares goscape's -json=0 escape analysis log with Go 1.19 gc's.

Usage: json_gc.py --go GO --goscape GOSCAPE --work DIR FILE.go...

For each file, in a copy of its own under DIR: gc writes its log as go
build runs it (the file's absolute path, -p main or
command-line-arguments, -l), goscape build writes its log with -l and
again with -m -m -l; the entries of gc's log with the escape analysis
codes (leak, escapes, escape) and its header must equal goscape's log
byte for byte, and goscape's two logs must be equal (-m does not change
the log). gc's log must hold at least one escape entry. Prints one line
per file and the differences; exits 1 if any file fails.
"""
import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys

ESCAPE_ENTRY = re.compile(r'^\{"version"|"code":"(leak|escapes|escape)"')


def package_path(src):
    with open(src, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r"package\s+(\w+)", line)
            if m:
                return "main" if m.group(1) == "main" else "command-line-arguments"
    return "command-line-arguments"


def read(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().splitlines(keepends=True)
    except OSError:
        return None


def check(args, src):
    name = os.path.splitext(os.path.basename(src))[0]
    work = os.path.join(os.path.abspath(args.work), name)
    shutil.rmtree(work, ignore_errors=True)
    srcdir = os.path.join(work, "src")
    os.makedirs(srcdir)
    copy = os.path.join(srcdir, name + ".go")
    shutil.copy(src, copy)
    pkg = package_path(copy)
    # gc directly (go build would not recompile a cached package).
    gc = subprocess.run([args.go, "tool", "compile", "-p", pkg, "-l",
                         "-json=0,file://" + os.path.join(work, "gc"),
                         "-o", os.path.join(work, "gc.o"), copy],
                        cwd=srcdir, capture_output=True, text=True)
    if gc.returncode != 0:
        return "gc failed:\n" + gc.stdout + gc.stderr
    logs = {}
    for tag, flags in (("gs", "-l"), ("gs-mm", "-m -m -l")):
        # The log is written before code generation, whatever its outcome.
        subprocess.run([args.goscape, "build", "-o", os.path.join(work, tag + ".bin"),
                        "-gcflags=%s -json=0,file://%s" % (flags, os.path.join(work, tag)),
                        name + ".go"], cwd=srcdir, capture_output=True)
        logs[tag] = read(os.path.join(work, tag, pkg, name + ".json"))
    want = [l for l in read(os.path.join(work, "gc", pkg, name + ".json")) or []
            if ESCAPE_ENTRY.search(l)]
    if len(want) < 2:
        return "gc's log has no escape analysis entry"
    for tag, got in logs.items():
        if got is None:
            return "goscape (%s) wrote no %s/%s.json" % (tag, pkg, name)
        if got != want:
            return "".join(difflib.unified_diff(want, got, "gc", "goscape " + tag))
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--go", required=True)
    ap.add_argument("--goscape", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    failed = 0
    for src in args.files:
        error = check(args, src)
        if error:
            failed += 1
            print("FAIL: %s\n%s" % (src, error))
        else:
            print("PASS: %s" % src)
    print("%d of %d files give gc's log" % (len(args.files) - failed, len(args.files)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
