//===- Diagnostic.cpp - gc-style compile errors ---------------------------===//

#include "goscape/Basic/Diagnostic.h"

#include <algorithm>

using namespace goscape;

const char *goscape::getDiagnosticFormat(DiagId Id) {
  static const char *const Formats[] = {
#define GS_DIAGNOSTIC(Name, Format) Format,
#include "goscape/Basic/DiagnosticKinds.def"
  };
  return Formats[unsigned(Id)];
}

bool DiagnosticEngine::sameLine(SourceLoc A, SourceLoc B) const {
  if (!A.isValid() || !B.isValid())
    return A == B;
  if (SM.getFileId(A).Index != SM.getFileId(B).Index)
    return false;
  return SM.getPresumedLoc(A).Line == SM.getPresumedLoc(B).Line;
}

void DiagnosticEngine::report(SourceLoc Loc, std::string Message) {
  if (hasTooManyErrors())
    return;
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
  Pending.push_back({Loc, SM.formatLoc(Loc) + ": " + Message});
  ++NumErrors;
  if (NumErrors >= 10 && !Unlimited)
    TooManyAt = Loc;
}

void DiagnosticEngine::flush(llvm::raw_ostream &OS) {
  std::stable_sort(Pending.begin(), Pending.end(),
                   [this](const Entry &A, const Entry &B) {
                     PresumedLoc PA = SM.getPresumedLoc(A.Loc);
                     PresumedLoc PB = SM.getPresumedLoc(B.Loc);
                     if (PA.FileName != PB.FileName)
                       return PA.FileName < PB.FileName;
                     if (PA.Line != PB.Line)
                       return PA.Line < PB.Line;
                     return PA.Column < PB.Column;
                   });
  for (size_t I = 0; I != Pending.size(); ++I)
    if (I == 0 || Pending[I].Text != Pending[I - 1].Text)
      OS << Pending[I].Text << '\n';
  if (TooManyAt.isValid())
    OS << SM.formatLoc(TooManyAt) << ": too many errors\n";
  Pending.clear();
}
