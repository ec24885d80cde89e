#!/usr/bin/env python3
"""A stand-in for goscape in tests of the errorcheck format.

Accepts `check [-e] FILE` and `build [flags] FILE`, like goscape, and
prints the diagnostics that FILE's `// FAKE: text` comments dictate, after
gc's `# command-line-arguments` header, all on stderr:

  // FAKE: [[@LINE+1]]:5: undefined: y   prints ./FILE:<n>:5: undefined: y
  // FAKE: \tcontinuation                prints a tab-indented line as is
  // FAKE: !raw text                     prints `raw text` as is
  // FAKE-EXIT: 3                        exit status (default: 1 if any
                                         line was printed, else 0)

[[@LINE]], [[@LINE+n]] and [[@LINE-n]] are the comment's own line number
and offsets from it, as in FileCheck.  `--help` exits 0.
"""
import re
import sys


def main(argv):
    if "--help" in argv:
        return 0
    path = argv[-1]
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, code = [], None
    for n, text in enumerate(lines, 1):
        m = re.search(r"// FAKE-EXIT: (\d+)", text)
        if m:
            code = int(m.group(1))
            continue
        m = re.search(r"// FAKE: (.*)$", text)
        if not m:
            continue

        def line_ref(lm, n=n):
            delta = int(lm.group(2) or 0)
            return str(n - delta if lm.group(1) == "-" else n + delta)

        msg = re.sub(r"\[\[@LINE(?:([+-])(\d+))?\]\]", line_ref, m.group(1))
        msg = msg.replace("\\t", "\t")
        if msg.startswith("!"):
            out.append(msg[1:])
        elif msg.startswith("\t"):
            out.append(msg)
        else:
            out.append("./%s:%s" % (path, msg))
    sys.stderr.write("# command-line-arguments\n")
    for msg in out:
        sys.stderr.write(msg + "\n")
    if code is None:
        code = 1 if out else 0
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
