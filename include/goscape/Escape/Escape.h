//===- Escape.h - gc-compatible escape analysis -----------------*- C++ -*-===//
//
// Escape analysis over goscape's IR in memory form (every named local,
// parameter and result an alloc.var): it decides every allocation site's
// stack-or-heap decision, records every function's parameter leak tags,
// and reproduces Go 1.19 gc's -m / -m -m diagnostics. lib/Escape/README.md
// explains the algorithm and how it maps onto the IR.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_ESCAPE_ESCAPE_H
#define GOSCAPE_ESCAPE_ESCAPE_H

#include "goscape/Basic/SourceManager.h"
#include "goscape/IR/Function.h"
#include "goscape/Sema/Sema.h"

#include <string>
#include <vector>

namespace goscape {
namespace escape {

/// What the driver asks of escape analysis (from -gcflags).
struct EscapeOptions {
  /// How many -m flags were given: 0 prints nothing, 1 gc's decisions,
  /// 2 and more adds the explanations.
  unsigned DiagLevel = 0;
  /// The directory of -json=0,file://DIR (empty: no JSON output).
  std::string JSONDir;
};

/// Decides every allocation site of M, records parameter tags, and
/// returns gc's -m diagnostics (already in gc's order, each a complete
/// text possibly spanning several lines, without trailing newline).
/// M must have been lowered in memory form (IRGenOptions::LocalsInMemory).
/// With Opts.JSONDir, also writes gc's -json log of the analysis there
/// (goscape/Escape/JSON.h); when it cannot, sets *JSONError (if given).
std::vector<std::string> analyzeModule(ir::Module &M,
                                       const CheckedPackage &CP,
                                       const SourceManager &SM,
                                       const EscapeOptions &Opts,
                                       std::string *JSONError = nullptr);

} // namespace escape
} // namespace goscape

#endif
