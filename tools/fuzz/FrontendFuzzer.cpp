//===- FrontendFuzzer.cpp - libFuzzer target for lexer, parser, checker ---===//
//
// Feeds arbitrary bytes to the front end as one Go file and requires it to
// answer with success or gc-style errors: no crash, no sanitizer report, no
// hang. Built with -fsanitize=fuzzer,address in the GOSCAPE_FUZZ build; the
// normal build links the same target with ReplayMain.cpp, which replays the
// committed corpus under ctest.
//
//===----------------------------------------------------------------------===//

#include "goscape/Driver/Frontend.h"

#include "llvm/Support/raw_ostream.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  goscape::FrontendOptions Opts;
  goscape::Frontend FE(Opts);
  FE.addBuffer("./fuzz.go",
               llvm::StringRef(reinterpret_cast<const char *>(Data), Size));
  std::string Errors;
  llvm::raw_string_ostream Err(Errors);
  FE.run(Err);
  return 0;
}
