//===- LexLineDirective.cpp - gc's //line and /*line*/ directives ---------===//
//
// A line directive names the file, line and (optionally) column of the text
// that follows it:
//
//   //line name:line          at the start of a line: columns unknown after it
//   //line name:line:col      at the start of a line
//   /*line name:line:col*/    anywhere (the line-only form too)
//
// The text after "line " is split at its last colons from the right, so a
// name may hold colons (`c:/x.go:10`). Like gc's parser (updateBase):
//
//  * no colon at all: not a directive, silently;
//  * a last part that is not a decimal number: `invalid line number: P`;
//  * two numbers: line and column; a column of 0 or above 2^30 is
//    `invalid column number: C`, and the name is what precedes the line;
//  * a line of 0 or above 2^30: `invalid line number: L`;
//  * an empty name with a column keeps the name in effect before; an empty
//    name without one is an empty name (gc prints `:12: ...`).
//
// Errors are positioned at the offending text and count as parser errors
// (gc's p.errorAt), though they are not syntax errors: type checking goes
// on after them. A valid directive is recorded in the SourceManager.
//
//===----------------------------------------------------------------------===//

#include "goscape/Parse/Lexer.h"

using namespace goscape;

/// The largest line or column a directive may give (gc's syntax.PosMax).
static constexpr uint64_t PosMax = uint64_t(1) << 30;

/// gc's trailingDigits: the index just past the last ':' of Text (0 if
/// there is none) and whether what follows it is a decimal number (as
/// strconv.ParseUint reads one: digits only, at most 2^64-1), in N.
static size_t trailingDigits(llvm::StringRef Text, uint64_t &N, bool &Ok) {
  size_t Colon = Text.rfind(':');
  Ok = false;
  if (Colon == llvm::StringRef::npos)
    return 0;
  llvm::StringRef Digits = Text.drop_front(Colon + 1);
  Ok = !Digits.empty() &&
       Digits.find_first_not_of("0123456789") == llvm::StringRef::npos &&
       !Digits.getAsInteger(10, N);
  return Colon + 1;
}

void Lexer::lineDirective(const char *CommentStart, llvm::StringRef Text,
                          bool LineComment) {
  // Errors point into the text after "//line " or "/*line ".
  const char *TextAt = CommentStart + 7;
  llvm::StringRef T = Text.drop_front(5);
  uint64_t N = 0;
  bool Ok = false;
  size_t I = trailingDigits(T, N, Ok);
  if (I == 0)
    return;
  if (!Ok)
    return error(TextAt + I, DiagId::InvalidLineNumber, T.drop_front(I));
  uint64_t Line = N, Col = 0;
  uint64_t N2 = 0;
  bool HasCol = false;
  size_t I2 = trailingDigits(T.take_front(I - 1), N2, HasCol);
  if (HasCol) {
    // name:line:col
    if (N == 0 || N > PosMax)
      return error(TextAt + I, DiagId::InvalidColumnNumber, T.drop_front(I));
    Line = N2;
    Col = N;
    T = T.take_front(I - 1);
    I = I2;
  }
  if (Line == 0 || Line > PosMax)
    return error(TextAt + I, DiagId::InvalidLineNumber, T.drop_front(I));

  SourceLoc At = locOf(CommentStart);
  LineDirective D;
  D.FileName = T.take_front(I - 1);
  if (D.FileName.empty() && HasCol)
    D.FileName = LineTable->getDirectiveFileName(At);
  D.Line = unsigned(Line);
  D.Column = unsigned(Col);
  LineTable->addLineDirective(LineFile, uint32_t(CommentStart - Begin),
                              uint32_t(Cur - CommentStart), LineComment, D);
}
