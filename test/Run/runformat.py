"""lit format of test/Run: every Go program runs under goscape.

Tests, found in the directory holding this file's lit.local.cfg:
  NAME.go              a program of test/Run (runprog.py describes the
                       expectation files next to it);
  examples/NAME.go     each program of the repository's examples/, read in
                       place, expected stdout examples/NAME.out;
  NAME.test            lit shell tests (e.g. gc-agreement.test).

A program test needs the `goscape-build` feature (UNSUPPORTED without it):
it is built with `goscape build -o`, run, and its stdout, exit status and
stderr are compared with the expectations.  Names listed in
known-failing.txt are expected to fail (XFAIL); one that passes is an
XPASS, which fails the run, so the list must shrink as goscape improves.
"""

import os

import lit.formats
import lit.Test
import lit.TestRunner

import runprog


class RunFormat(lit.formats.ShTest):
    def __init__(self, goscape, has_build, known_failing, timeout=120):
        super(RunFormat, self).__init__(execute_external=False)
        self.goscape = goscape
        self.has_build = has_build
        self.known_failing = known_failing
        self.timeout = timeout

    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig,
                            localConfig):
        source_dir = testSuite.getSourcePath(path_in_suite)
        # Only test/Run itself holds tests (not, say, a __pycache__).
        if os.path.realpath(source_dir) != os.path.realpath(runprog.HERE):
            return
        for name in sorted(os.listdir(source_dir)):
            if name.endswith(".test"):
                yield lit.Test.Test(testSuite, path_in_suite + (name,),
                                    localConfig)
        for prog in runprog.all_programs():
            if prog.in_examples:
                test = lit.Test.Test(
                    testSuite,
                    path_in_suite + ("examples", prog.name + ".go"),
                    localConfig, file_path=prog.path)
            else:
                test = lit.Test.Test(testSuite, path_in_suite + (
                    prog.name + ".go",), localConfig)
            if prog.test_name() in self.known_failing:
                test.xfails = ["*"]
            yield test

    def getTestsForPath(self, testSuite, path_in_suite, litConfig,
                        localConfig):
        # A test named on the command line (e.g. lit .../Run/map_basic.go).
        test = lit.Test.Test(testSuite, path_in_suite, localConfig)
        if path_in_suite[-1] in self.known_failing:
            test.xfails = ["*"]
        yield test

    def execute(self, test, litConfig):
        path = test.getFilePath()
        if not path.endswith(".go"):
            return super(RunFormat, self).execute(test, litConfig)
        if not self.has_build:
            return lit.Test.Result(lit.Test.UNSUPPORTED,
                                   "Test requires: goscape-build")
        # Output/NAME.go.dir/ in the build tree, next to lit's own temporaries.
        tmp_base = lit.TestRunner.getTempPaths(test)[1]
        workdir = tmp_base + ".dir"
        timeout = litConfig.maxIndividualTestTime or self.timeout
        ok, report = runprog.check_goscape(
            path, self.goscape, workdir, env=dict(test.config.environment),
            timeout=timeout)
        if ok and test.isExpectedToFail():
            report = "passes: remove it from test/Run/known-failing.txt"
        # lit turns PASS into XPASS and FAIL into XFAIL for listed tests.
        return lit.Test.Result(lit.Test.PASS if ok else lit.Test.FAIL, report)
