//===- Lexer.h - Go source to tokens ----------------------------*- C++ -*-===//
//
// The lexer follows gc's scanner (cmd/compile/internal/syntax/scanner.go):
//
//  * Automatic semicolons. After a name, literal, `)`, `]`, `}`, `++`, `--`
//    or one of the keywords break/continue/fallthrough/return, a newline, a
//    multi-line /* */ comment or the end of the file yields a Semi token
//    whose text is "newline" or "EOF" (an explicit `;` has "semicolon"), so
//    the parser can say `unexpected newline`.
//  * Identifiers are Unicode letters, `_` and Unicode digits (categories L
//    and Nd); other characters are reported with gc's wording.
//  * Literals are delivered with their exact source text and kind; a
//    malformed literal is reported here (gc's message and column) and
//    marked Bad so that nobody complains about it again.
//  * `//go:` comments are handed to a directive callback together with
//    whether they start their line. Line directives (`//line` at the start
//    of a line, `/*line*/` anywhere) are parsed as gc's parser does, their
//    malformed forms reported, and recorded in the SourceManager when one
//    was given (recordLineDirectives). All other comments are skipped.
//
// Lexical errors go straight to the DiagnosticEngine, without the
// "syntax error: " prefix, exactly as gc words them. Producing a token never
// allocates.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_PARSE_LEXER_H
#define GOSCAPE_PARSE_LEXER_H

#include "goscape/Basic/Diagnostic.h"
#include "goscape/Parse/Token.h"

#include "llvm/ADT/FunctionExtras.h"

namespace goscape {

/// Formats a rune as Go's %#U verb does: "U+0040 '@'", or "U+0000" for a
/// rune that is not printable.
std::string formatRuneU(uint32_t R);
/// Formats a rune as Go's %q verb does: 'a', '\n', '\x00', '\u00a0'.
std::string quoteRune(uint32_t R);

/// Turns one source buffer into tokens.
class Lexer {
public:
  /// Called for each `//go:` comment: the position of the `g`, whether the
  /// comment is the first thing on its line, and the text after `//`.
  using DirectiveHandler =
      llvm::unique_function<void(SourceLoc Loc, bool Blank, llvm::StringRef)>;

  /// Lexes Buffer, whose first byte is at Start. Buffer must be followed by
  /// a NUL byte in memory (SourceManager buffers are).
  Lexer(llvm::StringRef Buffer, SourceLoc Start, DiagnosticEngine &Diags);

  void setDirectiveHandler(DirectiveHandler H) { OnDirective = std::move(H); }

  /// Records the line directives of the buffer, which is file Id of SM,
  /// in SM as they are scanned, so that every later position honours them.
  void recordLineDirectives(SourceManager &SM, FileId Id) {
    LineTable = &SM;
    LineFile = Id;
  }

  /// Scans the next token into T.
  void next(Token &T);

  /// From now on every token is EOF (used to abandon a file).
  void stop() { Stopped = true; }

  /// How many lexical errors were reported so far.
  unsigned getNumErrors() const { return NumErrors; }

  /// The position just after the most recently scanned token.
  SourceLoc getEndLoc() const { return locOf(Cur); }

private:
  SourceLoc locOf(const char *P) const {
    return Start.getAdvanced(uint32_t(P - Begin));
  }
  void error(const char *At, DiagId Id);
  template <typename... Ts> void error(const char *At, DiagId Id, Ts &&...A) {
    ++NumErrors;
    Diags.error(locOf(At), Id, std::forward<Ts>(A)...);
  }

  // Character reading, as gc's source.nextch: Ch is the rune at Cur (-1 at
  // the end), ChLen its encoded length.
  void nextCh();
  void decodeCh();

  void ident(Token &T);
  bool atIdentChar(bool First);
  void number(Token &T, bool SeenPoint);
  unsigned digits(unsigned Base, int &Invalid);
  void runeLit(Token &T);
  void stdString(Token &T);
  void rawString(Token &T);
  bool escape(char Quote);
  void lineComment();
  void fullComment();
  void lineDirective(const char *CommentStart, llvm::StringRef Text,
                     bool LineComment);
  void setLit(Token &T, LitKind K, bool Ok);

  const char *Begin, *End, *Cur;
  /// Start of the current token.
  const char *TokStart = nullptr;
  SourceLoc Start;
  DiagnosticEngine &Diags;
  DirectiveHandler OnDirective;
  SourceManager *LineTable = nullptr;
  FileId LineFile;
  int32_t Ch = -1;
  unsigned ChLen = 0;
  bool NLSemi = false;
  bool Stopped = false;
  unsigned NumErrors = 0;
};

} // namespace goscape

#endif
