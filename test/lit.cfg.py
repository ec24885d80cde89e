# lit configuration for goscape's tests.
import os
import shutil

import lit.formats

config.name = "goscape"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".go", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.goscape_obj_root, "test")
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "format"]

config.environment["PATH"] = os.pathsep.join(
    [config.goscape_bin_dir, config.llvm_tools_dir, config.environment.get("PATH", "")])

config.substitutions.append(("%goscape", os.path.join(config.goscape_bin_dir, "goscape")))
