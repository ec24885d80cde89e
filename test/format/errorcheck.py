"""lit test format for goscape: lit shell tests and Go errorcheck tests.

One format serves every file under test/, dispatching on the file's first
line (after any //go:build or // +build lines):

  // RUN: ...              a lit shell test (lit's ShTest).
  // errorcheck [flags]    a Go errorcheck test: the configured compiler
                           runs on the file and its diagnostics must match
                           the // ERROR annotations (goerrorcheck.py).
  // run                   Go's run recipe: built, run, and its output
                           compared with the .out file (gorun.py).
  // compile, ...          other recipes of Go's test driver: UNSUPPORTED.

Anything else is handed to ShTest, which fails it for lack of RUN lines.
Errorcheck files may also carry lit's REQUIRES:, UNSUPPORTED: and XFAIL:
lines.

The compiler is chosen by `--param errorcheck_compiler=goscape|gc`:
goscape runs `goscape check -e FILE` (or `goscape build -gcflags=...` for
-m tests, when that exists); gc runs `go tool compile` as Go's run.go does.

GoSuiteFormat runs files of Go's own test suite (named in list files,
never copied into the repository) through the same errorcheck procedure.
"""

import os

import lit.formats
import lit.Test
import lit.TestRunner

import goerrorcheck
import gorun


class GoTestFormat(lit.formats.ShTest):
    def __init__(self, compiler, tools, timeout=None):
        super(GoTestFormat, self).__init__(execute_external=False)
        self.compiler = compiler
        self.tools = tools
        self.timeout = timeout

    def execute(self, test, litConfig):
        path = test.getSourcePath()
        try:
            with open(path, encoding="utf-8",
                      errors="surrogateescape") as f:
                head = f.read(4096)
        except OSError as e:
            return lit.Test.Result(lit.Test.UNRESOLVED, str(e))
        header = goerrorcheck.parse_header(head)
        if header is None or header.action == "RUN:":
            return super(GoTestFormat, self).execute(test, litConfig)
        if header.is_errorcheck:
            return self.execute_errorcheck(test, litConfig, path)
        if header.action == "run":
            return self.execute_run(test, litConfig, path, header)
        if header.action in goerrorcheck.OTHER_GO_ACTIONS:
            return lit.Test.Result(
                lit.Test.UNSUPPORTED,
                "Go test recipe %r is not supported" % header.action)
        return super(GoTestFormat, self).execute(test, litConfig)

    def execute_run(self, test, litConfig, path, header):
        timeout = litConfig.maxIndividualTestTime or self.timeout
        status, report = gorun.check_run(
            path, header, self.compiler, self.tools,
            env=dict(test.config.environment), timeout=timeout)
        code = {"PASS": lit.Test.PASS, "FAIL": lit.Test.FAIL,
                "UNSUPPORTED": lit.Test.UNSUPPORTED}[status]
        return lit.Test.Result(code, report)

    def execute_errorcheck(self, test, litConfig, path, short=None,
                           lit_keywords=True):
        if lit_keywords:
            # Honour REQUIRES/UNSUPPORTED/XFAIL lines; no RUN line needed.
            parsed = lit.TestRunner.parseIntegratedTestScript(
                test, require_script=False)
            if isinstance(parsed, lit.Test.Result):
                return parsed
            missing = test.getMissingRequiredFeatures()
            if missing:
                return lit.Test.Result(
                    lit.Test.UNSUPPORTED,
                    "Test requires: " + ", ".join(missing))
            unsupported = test.getUnsupportedFeatures()
            if unsupported:
                return lit.Test.Result(
                    lit.Test.UNSUPPORTED,
                    "Test does not support: " + ", ".join(unsupported))
        timeout = litConfig.maxIndividualTestTime or self.timeout
        status, report = goerrorcheck.check_file(
            path, self.compiler, self.tools,
            env=dict(test.config.environment), timeout=timeout, short=short)
        code = {"PASS": lit.Test.PASS, "FAIL": lit.Test.FAIL,
                "UNSUPPORTED": lit.Test.UNSUPPORTED}[status]
        return lit.Test.Result(code, report)


def read_list(path):
    """Reads a list file: one entry a line; blank lines and # comments."""
    entries = []
    if not os.path.exists(path):
        return entries
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                entries.append(line)
    return entries


class GoSuiteFormat(GoTestFormat):
    """Tests named by list files, relative to Go's test directory.

    Each entry becomes the test GoSuite/<entry>; its source is read from
    go_test_root.  lit's keywords are not looked for in Go's files.
    """

    def __init__(self, compiler, tools, go_test_root, entries, timeout=None):
        super(GoSuiteFormat, self).__init__(compiler, tools, timeout)
        self.go_test_root = go_test_root
        self.entries = entries

    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig,
                            localConfig):
        # Only the directory holding the lit.local.cfg lists tests.
        if localConfig.go_suite_dir != path_in_suite:
            return
        for entry in self.entries:
            source = os.path.join(self.go_test_root, entry)
            if not os.path.exists(source):
                litConfig.warning("Go suite file %s does not exist" % source)
                continue
            test = lit.Test.Test(testSuite,
                                 path_in_suite + tuple(entry.split("/")),
                                 localConfig, file_path=source)
            if (self.compiler == "gc" and
                    entry in goerrorcheck.GC_KNOWN_FAILURES):
                test.xfails = ["*"]
            yield test

    def execute(self, test, litConfig):
        path = test.getFilePath()
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            header = goerrorcheck.parse_header(f.read(4096))
        if header is not None and header.action == "run":
            return self.execute_run(test, litConfig, path, header)
        return self.execute_errorcheck(test, litConfig, path,
                                       short=os.path.basename(path),
                                       lit_keywords=False)
