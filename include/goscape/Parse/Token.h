//===- Token.h - Go tokens --------------------------------------*- C++ -*-===//
//
// A Token is what the Lexer hands the Parser: a kind from TokenKinds.def, its
// position, and for names, literals and semicolons the text gc prints for it
// in messages. Tokens are plain values; their text points into the source
// buffer (or at a static string), so producing one never allocates.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_PARSE_TOKEN_H
#define GOSCAPE_PARSE_TOKEN_H

#include "goscape/AST/AST.h"

#include "llvm/ADT/StringRef.h"

#include <cstdint>

namespace goscape {

/// Token kinds, from TokenKinds.def.
enum class Tok : uint8_t {
#define GS_TOKEN(Name, Spelling) Name,
#include "goscape/Parse/TokenKinds.def"
  NumTokens
};

static_assert(unsigned(Tok::NumTokens) <= 64, "token sets are 64-bit masks");

/// The word gc uses for K in messages ("name", "(", "range", ...).
llvm::StringRef getTokenSpelling(Tok K);

/// Operator precedences, as in gc (higher binds tighter); 0 for unary-only.
enum Prec : uint8_t {
  PrecNone = 0,
  PrecOrOr = 1,
  PrecAndAnd = 2,
  PrecCmp = 3,
  PrecAdd = 4,
  PrecMul = 5,
};

/// A set of token kinds.
using TokSet = uint64_t;
constexpr TokSet tokBit(Tok K) { return TokSet(1) << unsigned(K); }

/// One token.
struct Token {
  Tok Kind = Tok::Eof;
  /// For Operator, AssignOp, IncOp and Star: the operator.
  Operator Op = Operator::None;
  /// For Operator and Star: the binary precedence (PrecNone if unary only).
  uint8_t Precedence = PrecNone;
  /// For Literal: which kind.
  LitKind Lit = LitKind::Int;
  /// For Literal: the lexer reported it malformed.
  bool Bad = false;
  /// Position of the first byte.
  SourceLoc Loc;
  /// Name: the identifier; Literal: its source text; Semi: "semicolon",
  /// "newline" or "EOF" (what gc prints for an unexpected semicolon).
  llvm::StringRef Text;
  /// For Name: hashName(Text) (see AST.h).
  uint32_t Hash = 0;

  bool is(Tok K) const { return Kind == K; }
  bool isOp(Operator O) const {
    return (Kind == Tok::Operator || Kind == Tok::Star) && Op == O;
  }
};

} // namespace goscape

#endif
