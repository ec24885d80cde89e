# lit configuration for goscape's tests.
#
# Every file under test/ with suffix .go or .test is a test.  Its first line
# chooses how it runs (test/format/errorcheck.py): `// RUN:` lines make a
# lit shell test, a `// errorcheck` header a Go errorcheck test.
#
# Parameters (lit --param NAME=VALUE):
#   errorcheck_compiler=goscape|gc  compiler for errorcheck tests (default
#                                   goscape; gc validates tests and format)
#   go_suite=passing|typecheck|escape|all|errorcheck
#                                   which Go suite files test/GoSuite runs
#                                   (default passing; see GoSuite/lit.local.cfg)
import os
import subprocess
import sys

import lit.util

config.name = "goscape"
config.suffixes = [".go", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.goscape_obj_root, "test")
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "format"]

# Keep the source tree free of __pycache__ directories.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(config.test_source_root, "format"))
import errorcheck  # noqa: E402  (test/format/errorcheck.py)

GO_ROOT = "/usr/lib/go-1.19"
GO_TEST_ROOT = "/usr/share/go-1.19/test"
go_bin = os.path.join(GO_ROOT, "bin", "go")
goscape_bin = os.path.join(config.goscape_bin_dir, "goscape")
format_dir = os.path.join(config.test_source_root, "format")

config.environment["PATH"] = os.pathsep.join(
    [config.goscape_bin_dir, config.llvm_tools_dir,
     config.environment.get("PATH", "")])

# The go command in the sandbox: no modules, no network, caches in the
# build tree.
go_state = os.path.join(config.test_exec_root, "go-state")
config.environment.update({
    "GOROOT": GO_ROOT,
    "GOPATH": os.path.join(go_state, "gopath"),
    "GOCACHE": os.path.join(go_state, "cache"),
    "GO111MODULE": "off",
    "GOENV": "off",
    "GOFLAGS": "",
    "GOPROXY": "off",
    "CGO_ENABLED": "0",
})
if "HOME" in os.environ:
    config.environment["HOME"] = os.environ["HOME"]


def goscape_has_build():
    """True once the goscape driver lists a `build` subcommand in --help.

    (`goscape build --help` is no probe: the command line library prints the
    top-level help and exits 0 for an unknown subcommand.)
    """
    if not os.access(goscape_bin, os.X_OK):
        return False
    try:
        out = subprocess.run([goscape_bin, "--help"], capture_output=True,
                             text=True, timeout=20).stdout
    except (OSError, subprocess.TimeoutExpired):
        return False
    return any(line.split()[:1] == ["build"] for line in out.splitlines())


# Features.
if os.access(go_bin, os.X_OK):
    config.available_features.add("go")
if getattr(config, "sanitize", False):
    config.available_features.add("sanitize")
has_build = goscape_has_build()
if has_build:
    config.available_features.add("goscape-build")
if os.path.isdir(GO_TEST_ROOT):
    config.available_features.add("go-test-suite")

# The test format.
compiler = lit_config.params.get("errorcheck_compiler", "goscape")
if compiler not in ("goscape", "gc"):
    lit_config.fatal("errorcheck_compiler must be goscape or gc, not %r"
                     % compiler)
config.errorcheck_tools = {"go": go_bin, "goscape": goscape_bin,
                           "goscape_build": has_build}
config.errorcheck_compiler = compiler
config.go_test_root = GO_TEST_ROOT
config.test_format = errorcheck.GoTestFormat(compiler, config.errorcheck_tools,
                                             timeout=120)

# Substitutions.  FileCheck and not come from PATH.
python = '"%s"' % sys.executable
config.substitutions.append(("%goscape", goscape_bin))
config.substitutions.append(("%go", go_bin))
config.substitutions.append(("%python", python))
config.substitutions.append(
    ("%errorcheck", "%s %s" % (python, os.path.join(format_dir,
                                                    "goerrorcheck.py"))))
config.substitutions.append(
    ("%gcagree", "%s %s" % (python, os.path.join(format_dir, "gcagree.py"))))
config.substitutions.append(
    ("%lit", "%s %s" % (python, os.path.join(
        config.llvm_tools_dir, "..", "build", "utils", "lit", "lit.py"))))
config.substitutions.append(("%src_root", config.goscape_src_root))
