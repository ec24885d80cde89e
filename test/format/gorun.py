"""Go's `// run` recipe for single-file tests of Go's suite.

As Go's test/run.go does for `run`: the file is built as a program and
run; its combined stdout and stderr must equal the file's `.out` twin
next to it (empty when there is none) and it must exit 0.  goscape builds
with `goscape build` from the file's directory; gc with `go build`.  A
`// run` line with arguments (extra flags or program arguments) and a
program goscape's code generation rejects (goroutines, channels, ...)
are UNSUPPORTED, with the reason.
"""

import os
import subprocess
import tempfile

# goscape's code generation rejects analysed-only constructs with this.
_NOT_YET = "not supported by goscape code generation yet"


def check_run(path, header, compiler, tools, env=None, timeout=None):
    """Runs one `// run` test; returns (status, report) like check_file."""
    if header.raw_args:
        return "UNSUPPORTED", "run recipe with arguments %s" % " ".join(
            header.raw_args)
    if compiler == "goscape" and not tools.get("goscape_build"):
        return "UNSUPPORTED", "run test needs `goscape build`"
    full = os.path.abspath(path)
    cwd, base = os.path.split(full)
    want_path = os.path.splitext(full)[0] + ".out"
    want = b""
    if os.path.exists(want_path):
        with open(want_path, "rb") as f:
            want = f.read()
    run_env = dict(env if env is not None else os.environ)
    run_env["PWD"] = cwd
    with tempfile.TemporaryDirectory(prefix="gorun.") as tmpdir:
        exe = os.path.join(tmpdir, "a.out")
        if compiler == "gc":
            run_env.update({"GOENV": "off", "GOFLAGS": "", "GO111MODULE": "off"})
            run_env.setdefault("GOCACHE", os.path.join(tmpdir, "gocache"))
            build = [tools["go"], "build", "-o", exe, base]
        else:
            build = [tools["goscape"], "build", "-o", exe, base]
        report = ["$ cd %s && %s" % (cwd, " ".join(build))]
        try:
            proc = subprocess.run(build, cwd=cwd, env=run_env,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, timeout=timeout)
        except subprocess.TimeoutExpired:
            return "FAIL", "\n".join(report + ["build timed out"])
        out = proc.stdout.decode("utf-8", errors="replace")
        if proc.returncode != 0:
            if compiler == "goscape" and _NOT_YET in out:
                return "UNSUPPORTED", out
            report += [out.rstrip("\n"),
                       "error: build failed (exit status %d)" % proc.returncode]
            return "FAIL", "\n".join(report)
        report.append("$ " + exe)
        try:
            proc = subprocess.run([exe], cwd=tmpdir, env=run_env,
                                  stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, timeout=timeout)
        except subprocess.TimeoutExpired:
            return "FAIL", "\n".join(report + ["the program timed out"])
    got = proc.stdout
    if proc.returncode != 0:
        report += [got.decode("utf-8", errors="replace").rstrip("\n"),
                   "error: exit status %d" % proc.returncode]
        return "FAIL", "\n".join(report)
    if got != want:
        report += ["error: output differs from %s" % (
            os.path.basename(want_path) if want else "the empty output"),
            "--- got", got.decode("utf-8", errors="replace"),
            "--- want", want.decode("utf-8", errors="replace")]
        return "FAIL", "\n".join(report)
    return "PASS", ""
