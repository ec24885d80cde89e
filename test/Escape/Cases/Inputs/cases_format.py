"""lit format for test/Escape: goscape's own escape cases, three tests each.

Every file Cases/NAME.go (an errorcheck file, `// errorcheck -0 -m -l`)
becomes three lit tests:

  Escape/Cases/NAME.go              the errorcheck run: `goscape build
                                    -gcflags=<header flags>` must satisfy the
                                    file's // ERROR annotations (run.go's
                                    rules, test/format/goerrorcheck.py);
                                    UNSUPPORTED until `goscape build` exists.
  Escape/Cases/gc-multiset/NAME.go  goscape's `-m -m -l` output must equal
                                    gc 1.19's as a multiset of lines
                                    (gc_multiset.py), and print them in
                                    gc's order unless NAME.go is listed in
                                    Cases/known-failing-order.txt (then the
                                    order must still differ); REQUIRES go,
                                    goscape-build.
  Escape/Cases/typecheck/NAME.go    `goscape check NAME.go` accepts the file
                                    silently (the cases stay in the subset).

Files named in Cases/known-failing.txt (errorcheck run) and
Cases/known-failing-multiset.txt (multiset comparison) are XFAIL: a listed
file that passes is an XPASS, which fails the run, so the lists only
shrink.  scripts/escape-cases-report rewrites them.

Every other file under test/Escape (Core/, Format/, .test files) runs
exactly as under test/format/errorcheck.py's GoTestFormat.
"""

import os
import subprocess

import lit.Test

import errorcheck  # test/format, on sys.path via test/lit.cfg.py
import gc_multiset

KNOWN_FAILING = "known-failing.txt"
KNOWN_FAILING_MULTISET = "known-failing-multiset.txt"
KNOWN_FAILING_ORDER = "known-failing-order.txt"
MULTISET_DIR = "gc-multiset"
TYPECHECK_DIR = "typecheck"


class EscapeCasesFormat(errorcheck.GoTestFormat):
    """GoTestFormat, plus the three tests of every file in cases_dir."""

    def __init__(self, compiler, tools, cases_suite_path, cases_src,
                 timeout=None):
        super(EscapeCasesFormat, self).__init__(compiler, tools, timeout)
        self.cases_suite_path = tuple(cases_suite_path)
        self.cases_src = cases_src
        self.known_failing = set(errorcheck.read_list(
            os.path.join(cases_src, KNOWN_FAILING)))
        self.known_failing_multiset = set(errorcheck.read_list(
            os.path.join(cases_src, KNOWN_FAILING_MULTISET)))
        self.known_failing_order = set(errorcheck.read_list(
            os.path.join(cases_src, KNOWN_FAILING_ORDER)))

    def getTestsForPath(self, testSuite, path_in_suite, litConfig,
                        localConfig):
        name = path_in_suite[-1]
        if (tuple(path_in_suite[:-1]) != self.cases_suite_path or
                not name.endswith(".go") or name.startswith(".")):
            for t in super(EscapeCasesFormat, self).getTestsForPath(
                    testSuite, path_in_suite, litConfig, localConfig):
                yield t
            return
        source = os.path.join(self.cases_src, name)
        check = lit.Test.Test(testSuite, path_in_suite, localConfig)
        if self.compiler == "goscape" and name in self.known_failing:
            check.xfails = ["*"]
        yield check
        multiset = lit.Test.Test(
            testSuite, self.cases_suite_path + (MULTISET_DIR, name),
            localConfig, file_path=source)
        multiset.escape_case_kind = "multiset"
        multiset.requires = ["go", "goscape-build"]
        if name in self.known_failing_multiset:
            multiset.xfails = ["*"]
        yield multiset
        typecheck = lit.Test.Test(
            testSuite, self.cases_suite_path + (TYPECHECK_DIR, name),
            localConfig, file_path=source)
        typecheck.escape_case_kind = "typecheck"
        yield typecheck

    def execute(self, test, litConfig):
        kind = getattr(test, "escape_case_kind", None)
        if kind is None:
            return super(EscapeCasesFormat, self).execute(test, litConfig)
        missing = test.getMissingRequiredFeatures()
        if missing:
            return lit.Test.Result(lit.Test.UNSUPPORTED,
                                   "Test requires: " + ", ".join(missing))
        timeout = litConfig.maxIndividualTestTime or self.timeout
        path = test.getFilePath()
        if kind == "multiset":
            agree, same_order, report = gc_multiset.compare_order(
                path, self.tools["go"], self.tools["goscape"],
                env=dict(test.config.environment), timeout=timeout)
            if agree and os.path.basename(path) in self.known_failing_order:
                if same_order:
                    agree = False
                    report += ("\nerror: the order agrees with gc's now: "
                               "remove the file from " + KNOWN_FAILING_ORDER)
            elif agree and not same_order:
                agree = False
                report += ("\nerror: the lines must come in gc's order (or "
                           "the file be listed in %s)" % KNOWN_FAILING_ORDER)
            return lit.Test.Result(
                lit.Test.PASS if agree else lit.Test.FAIL, report)
        return self.typecheck(path, test, timeout)

    def typecheck(self, path, test, timeout):
        cwd, base = os.path.split(path)
        argv = [self.tools["goscape"], "check", base]
        try:
            proc = subprocess.run(argv, cwd=cwd,
                                  env=dict(test.config.environment),
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, timeout=timeout)
        except (OSError, subprocess.TimeoutExpired) as e:
            return lit.Test.Result(lit.Test.FAIL, "$ %s\n%s"
                                   % (" ".join(argv), e))
        out = proc.stdout.decode("utf-8", errors="replace")
        report = "$ cd %s && %s\n# exit status %d\n%s" % (
            cwd, " ".join(argv), proc.returncode, out)
        if proc.returncode != 0 or out.strip():
            return lit.Test.Result(
                lit.Test.FAIL,
                report + "error: every escape case must type-check "
                "silently with goscape")
        return lit.Test.Result(lit.Test.PASS, "")
