# A small suite for Format/lit_dispatch.test: the goscape format with the
# fake compiler.  Params: format_dir, fake, exec_root.
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, lit_config.params["format_dir"])
import errorcheck

config.name = "format-suite"
config.suffixes = [".go"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = lit_config.params["exec_root"]
config.test_format = errorcheck.GoTestFormat(
    "goscape", {"goscape": lit_config.params["fake"], "goscape_build": False})
