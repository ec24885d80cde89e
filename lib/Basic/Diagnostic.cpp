//===- Diagnostic.cpp - gc-style compile errors ---------------------------===//

#include "goscape/Basic/Diagnostic.h"

#include <algorithm>
#include <tuple>

using namespace goscape;

const char *goscape::getDiagnosticFormat(DiagId Id) {
  static const char *const Formats[] = {
#define GS_DIAGNOSTIC(Name, Format) Format,
#include "goscape/Basic/DiagnosticKinds.def"
  };
  return Formats[unsigned(Id)];
}

// gc's sameline: the same position base and the same real line.
bool DiagnosticEngine::sameLine(SourceLoc A, SourceLoc B) const {
  if (!A.isValid() || !B.isValid())
    return A == B;
  if (SM.getPositionBase(A) != SM.getPositionBase(B))
    return false;
  return SM.getGcLineColumn(A).first == SM.getGcLineColumn(B).first;
}

void DiagnosticEngine::report(SourceLoc Loc, std::string Message) {
  if (hasTooManyErrors())
    return;
  // gc numbers position bases as their first error arrives (its PosTable
  // registers a base on first use), filtered out or not; no position comes
  // first.
  uint32_t Base = SM.getPositionBase(Loc);
  unsigned Order =
      Base == 0
          ? 0
          : BaseOrder.try_emplace(Base, BaseOrder.size() + 1).first->second;
  // gc keeps one syntax error per line, and drops a repeated non-syntax
  // message on the line of the previous one before counting it.
  if (llvm::StringRef(Message).starts_with("syntax error")) {
    ++NumSyntaxErrors;
    if (NumErrors != 0 && LastSyntax.isValid() && sameLine(LastSyntax, Loc))
      return;
    LastSyntax = Loc;
  } else {
    if (LastOther.isValid() && sameLine(LastOther, Loc) &&
        LastOtherMessage == Message)
      return;
    LastOther = Loc;
    LastOtherMessage = Message;
  }
  auto [Line, Col] = SM.getGcLineColumn(Loc);
  Pending.push_back({Order, Line, Col, SM.formatLoc(Loc) + ": " + Message});
  ++NumErrors;
  if (NumErrors >= 10 && !Unlimited)
    TooManyAt = Loc;
}

void DiagnosticEngine::flush(llvm::raw_ostream &OS) {
  // gc's FlushErrors: stable, by base, then by the real line and column in
  // gc's saturated form.
  std::stable_sort(Pending.begin(), Pending.end(),
                   [](const Entry &A, const Entry &B) {
                     return std::tie(A.BaseOrder, A.Line, A.Column) <
                            std::tie(B.BaseOrder, B.Line, B.Column);
                   });
  for (size_t I = 0; I != Pending.size(); ++I)
    if (I == 0 || Pending[I].Text != Pending[I - 1].Text)
      OS << Pending[I].Text << '\n';
  if (TooManyAt.isValid())
    OS << SM.formatLoc(TooManyAt) << ": too many errors\n";
  Pending.clear();
}
