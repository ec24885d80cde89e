//===- RuneText.cpp - Runes as Go's %#U and %q verbs print them ----------===//
//
// The lexer's diagnostics quote offending characters the way gc does.
//
//===----------------------------------------------------------------------===//

#include "goscape/Parse/Lexer.h"

#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Unicode.h"
#include "llvm/Support/raw_ostream.h"

using namespace goscape;

static bool isPrintRune(uint32_t R) {
  if (R < 0x80)
    return R >= 0x20 && R < 0x7f;
  if (R == 0xA0 || R == 0xAD || (R >= 0x2000 && R <= 0x200F) ||
      (R >= 0x2028 && R <= 0x202F) || R == 0x205F || R == 0x3000 ||
      R == 0xFEFF)
    return false;
  return llvm::sys::unicode::isPrintable(int(R));
}

static void appendUTF8(std::string &S, uint32_t R) {
  char Buf[8];
  char *P = Buf;
  if (!llvm::ConvertCodePointToUTF8(R, P))
    return;
  S.append(Buf, P);
}

std::string goscape::formatRuneU(uint32_t R) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << "U+" << llvm::format_hex_no_prefix(R, 4, /*Upper=*/true);
  OS.flush();
  if (isPrintRune(R)) {
    S += " '";
    appendUTF8(S, R);
    S += "'";
  }
  return S;
}

std::string goscape::quoteRune(uint32_t R) {
  std::string S = "'";
  switch (R) {
  case '\a': S += "\\a"; break;
  case '\b': S += "\\b"; break;
  case '\f': S += "\\f"; break;
  case '\n': S += "\\n"; break;
  case '\r': S += "\\r"; break;
  case '\t': S += "\\t"; break;
  case '\v': S += "\\v"; break;
  case '\\': S += "\\\\"; break;
  case '\'': S += "\\'"; break;
  default: {
    if (isPrintRune(R)) {
      appendUTF8(S, R);
      break;
    }
    std::string Hex;
    llvm::raw_string_ostream OS(Hex);
    if (R < 0x80)
      OS << "\\x" << llvm::format_hex_no_prefix(R, 2);
    else if (R < 0x10000)
      OS << "\\u" << llvm::format_hex_no_prefix(R, 4);
    else
      OS << "\\U" << llvm::format_hex_no_prefix(R, 8);
    S += OS.str();
  }
  }
  S += "'";
  return S;
}
