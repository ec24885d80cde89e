#!/usr/bin/env python3
"""Lowers and verifies every Go file that type-checks.

Usage: verify_all.py GOSCAPE SRC_ROOT WORK_DIR

Runs `goscape ssa --no-print` (lowering plus the IR verifier) on every .go
file of test/Parse, test/Sema and examples/ that `goscape check` accepts,
and on a generated 20,000-line program. Exits 1 if any of them fails,
printing the verifier's explanation.
"""
import glob
import os
import subprocess
import sys


def main():
    goscape, root, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    big = os.path.join(work, "gen20k.go")
    subprocess.run([sys.executable,
                    os.path.join(root, "bench", "gen", "gen_program.py"),
                    "--lines", "20000", "--seed", "1", "-o", big], check=True)
    files = []
    for d in ("test/Parse", "test/Sema", "examples"):
        files += sorted(glob.glob(os.path.join(root, d, "*.go")))
    files.append(big)
    lowered, failed = 0, []
    for f in files:
        chk = subprocess.run([goscape, "check", f], capture_output=True,
                             cwd=os.path.dirname(f))
        if chk.returncode != 0:
            continue
        r = subprocess.run([goscape, "ssa", "--no-print", f],
                           capture_output=True, text=True,
                           cwd=os.path.dirname(f))
        if r.returncode != 0:
            failed.append((f, r.returncode, r.stderr))
            continue
        lowered += 1
    for f, rc, err in failed:
        print("FAIL %s (exit %d)\n%s" % (os.path.relpath(f, root), rc, err))
    print("lowered and verified %d files, %d failed" % (lowered, len(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
