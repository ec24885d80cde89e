//===- Diagnostic.h - gc-style compile errors -------------------*- C++ -*-===//
//
// Every compile error goscape can report is declared once, in
// DiagnosticKinds.def, with its gc wording as an llvm::formatv format. The
// engine collects errors and prints them the way gc does: sorted by position
// (stable; by position base in the order the bases first had an error, then
// by line and column in the file), one syntax error per line, identical
// messages on one line reported once, and after the tenth error
// "POS: too many errors".
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_BASIC_DIAGNOSTIC_H
#define GOSCAPE_BASIC_DIAGNOSTIC_H

#include "goscape/Basic/SourceManager.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace goscape {

/// One entry per diagnostic of DiagnosticKinds.def.
enum class DiagId : unsigned {
#define GS_DIAGNOSTIC(Name, Format) Name,
#include "goscape/Basic/DiagnosticKinds.def"
};

/// The formatv format string of Id.
const char *getDiagnosticFormat(DiagId Id);

/// Thrown-free signal that gc would stop here: after ten errors gc prints
/// "too many errors" and exits. Producers poll hasTooManyErrors() to stop.
class DiagnosticEngine {
public:
  explicit DiagnosticEngine(const SourceManager &SM) : SM(SM) {}

  /// Reports the error Id at Loc, its format filled with Args.
  template <typename... Ts>
  void error(SourceLoc Loc, DiagId Id, Ts &&...Args) {
    report(Loc, llvm::formatv(getDiagnosticFormat(Id),
                              std::forward<Ts>(Args)...)
                    .str());
  }
  /// Reports an already formatted message (used by the errorcheck tests of
  /// the engine itself and by code that composes gc's multi-line messages).
  void report(SourceLoc Loc, std::string Message);

  unsigned getNumErrors() const { return NumErrors; }
  bool hasErrors() const { return NumErrors != 0; }
  bool hasSyntaxErrors() const { return NumSyntaxErrors != 0; }
  /// True once gc would have given up (ten errors, unless unlimited).
  bool hasTooManyErrors() const { return TooManyAt.isValid(); }
  /// Lifts gc's ten-error limit (gc's -e flag).
  void setUnlimited(bool Value) { Unlimited = Value; }

  /// Prints the collected errors in gc's order and format and forgets them.
  void flush(llvm::raw_ostream &OS);

private:
  struct Entry {
    unsigned BaseOrder, Line, Column; ///< The sort key.
    std::string Text; ///< "file:line:col: message"
  };
  bool sameLine(SourceLoc A, SourceLoc B) const;

  const SourceManager &SM;
  std::vector<Entry> Pending;
  /// Position bases numbered in the order their first error arrived.
  llvm::DenseMap<uint32_t, unsigned> BaseOrder;
  unsigned NumErrors = 0;
  unsigned NumSyntaxErrors = 0;
  bool Unlimited = false;
  SourceLoc LastSyntax, LastOther, TooManyAt;
  std::string LastOtherMessage;
};

} // namespace goscape

#endif
