#!/usr/bin/env python3
"""Regenerates the CHECK lines of a test/IR lit test from `goscape ssa`.

Usage: gen_checks.py GOSCAPE TEST.go 'REGEX'...

Keeps the test's leading comment and source, drops old CHECK lines, and
appends CHECK-LABEL lines for every function header and CHECK lines for
the instructions matching one of the regexes (in output order). Review
the result: the CHECK lines state what the test means.
"""
import re
import subprocess
import sys


def main():
    goscape, test, pats = sys.argv[1], sys.argv[2], sys.argv[3:]
    # Lines shift when RUN lines change: write the final layout first.
    out = None
    lines = open(test).read().splitlines()
    runs = [l for l in lines if l.startswith("// RUN")] or [
        "// RUN: %goscape ssa %s | FileCheck %s"]
    src = [l for l in lines
           if not l.startswith("// CHECK") and not l.startswith("// RUN")]
    while src and src[-1] == "":
        src.pop()
    with open(test, "w") as f:
        f.write("\n".join(runs) + "\n" + "\n".join(src) + "\n")
    out = subprocess.run([goscape, "ssa", test], check=True,
                         capture_output=True, text=True).stdout
    checks = []
    label = None
    for line in out.splitlines():
        if line.startswith("func "):
            label = line
            continue
        if any(re.search(p, line) for p in pats):
            if label is not None:
                checks.append("// CHECK-LABEL: " + label)
                label = None
            checks.append("// CHECK: " + line.strip())
    with open(test, "w") as f:
        f.write("\n".join(runs) + "\n")
        f.write("\n".join(src) + "\n\n" + "\n".join(checks) + "\n")


if __name__ == "__main__":
    main()
