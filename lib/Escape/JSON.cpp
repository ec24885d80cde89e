//===- JSON.cpp - gc's -json=0 optimization log ---------------------------===//
//
// Byte-exact imitation of what gc's logopt package writes through Go's
// encoding/json and net/url; see JSON.h.
//
//===----------------------------------------------------------------------===//

#include "goscape/Escape/JSON.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>

using namespace goscape;
using namespace goscape::escape;

void escape::writeJSONString(llvm::raw_ostream &OS, llvm::StringRef S) {
  static const char Hex[] = "0123456789abcdef";
  OS << '"';
  const auto *P = reinterpret_cast<const llvm::UTF8 *>(S.begin());
  const auto *End = reinterpret_cast<const llvm::UTF8 *>(S.end());
  while (P != End) {
    unsigned char C = *P;
    if (C < 0x80) {
      ++P;
      switch (C) {
      case '"':
        OS << "\\\"";
        continue;
      case '\\':
        OS << "\\\\";
        continue;
      case '\n':
        OS << "\\n";
        continue;
      case '\r':
        OS << "\\r";
        continue;
      case '\t':
        OS << "\\t";
        continue;
      default:
        break;
      }
      // Control characters and the HTML-unsafe <, >, & as \u00XX.
      if (C < 0x20 || C == '<' || C == '>' || C == '&')
        OS << "\\u00" << Hex[C >> 4] << Hex[C & 0xF];
      else
        OS << char(C);
      continue;
    }
    unsigned Len = llvm::getNumBytesForUTF8(C);
    llvm::UTF32 CP = 0;
    const llvm::UTF8 *Src = P;
    llvm::UTF32 *Dst = &CP;
    bool Valid = P + Len <= End && llvm::isLegalUTF8Sequence(P, P + Len) &&
                 llvm::ConvertUTF8toUTF32(&Src, P + Len, &Dst, &CP + 1,
                                          llvm::strictConversion) ==
                     llvm::conversionOK;
    if (!Valid) {
      // Go replaces each invalid byte with U+FFFD.
      OS << "\\ufffd";
      ++P;
      continue;
    }
    if (CP == 0x2028 || CP == 0x2029)
      OS << "\\u202" << Hex[CP & 0xF];
    else
      OS.write(reinterpret_cast<const char *>(P), Len);
    P += Len;
  }
  OS << '"';
}

/// net/url's shouldEscape for the path (Segment false) and path segment
/// (Segment true) encodings.
static bool urlShouldEscape(unsigned char C, bool Segment) {
  if (llvm::isAlnum(C))
    return false;
  switch (C) {
  case '-':
  case '_':
  case '.':
  case '~':
    return false;
  case '$':
  case '&':
  case '+':
  case ',':
  case '/':
  case ':':
  case ';':
  case '=':
  case '?':
  case '@':
    if (Segment)
      return C == '/' || C == ';' || C == ',' || C == '?';
    return C == '?';
  default:
    return true;
  }
}

static std::string urlEscape(llvm::StringRef S, bool Segment) {
  std::string Out;
  for (unsigned char C : S) {
    if (!urlShouldEscape(C, Segment)) {
      Out += char(C);
      continue;
    }
    Out += '%';
    Out += llvm::hexdigit(C >> 4, /*LowerCase=*/false);
    Out += llvm::hexdigit(C & 0xF, /*LowerCase=*/false);
  }
  return Out;
}

std::string escape::urlPathEscape(llvm::StringRef S) {
  return urlEscape(S, /*Segment=*/true);
}

std::string escape::fileURI(llvm::StringRef F) {
  // url.URL{Scheme: "file", Path: F}.String(): "file:" then "//" (a path
  // is present), then the escaped path.
  std::string URI = "file:";
  if (!F.empty())
    URI += "//";
  URI += urlEscape(F, /*Segment=*/false);
  return URI;
}

std::string escape::jsonSourceFileName(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return std::string(Abs);
}

std::string escape::jsonLogFileName(llvm::StringRef Package,
                                    llvm::StringRef File) {
  llvm::StringRef Base = File;
  size_t Slash = Base.find_last_of("\\/");
  if (Slash != llvm::StringRef::npos)
    Base = Base.substr(Slash + 1);
  size_t Dot = Base.rfind(".go");
  if (Dot != llvm::StringRef::npos)
    Base = Base.substr(0, Dot);
  // gc names a package without a path "\0".
  std::string Pkg = Package.empty() ? std::string(1, '\0') : Package.str();
  return urlPathEscape(Pkg) + "/" + urlPathEscape(Base) + ".json";
}

/// `{"start":{"line":L,"character":C},"end":{...}}` for a point.
static void writeRange(llvm::raw_ostream &OS, const JSONPos &P) {
  OS << "{\"start\":{\"line\":" << P.Line << ",\"character\":" << P.Column
     << "},\"end\":{\"line\":" << P.Line << ",\"character\":" << P.Column
     << "}}";
}

/// One diagnostic line, with the fields of gc's Diagnostic in order and
/// its omitempty rules.
static void writeDiagnostic(llvm::raw_ostream &OS, const JSONDiagnostic &D) {
  OS << "{\"range\":";
  writeRange(OS, D.Pos);
  OS << ",\"severity\":3";
  if (!D.Code.empty()) {
    OS << ",\"code\":";
    writeJSONString(OS, D.Code);
  }
  OS << ",\"source\":\"go compiler\",\"message\":";
  writeJSONString(OS, D.Message);
  if (!D.Related.empty()) {
    OS << ",\"relatedInformation\":[";
    for (size_t I = 0; I != D.Related.size(); ++I) {
      const JSONRelated &R = D.Related[I];
      if (I)
        OS << ',';
      OS << "{\"location\":{\"uri\":";
      writeJSONString(OS, fileURI(R.Pos.File));
      OS << ",\"range\":";
      writeRange(OS, R.Pos);
      OS << "},\"message\":";
      writeJSONString(OS, R.Verbatim ? R.Message : "escflow: " + R.Message);
      OS << '}';
    }
    OS << ']';
  }
  OS << "}\n";
}

void escape::writeJSONLog(llvm::raw_ostream &OS, const JSONLogInfo &Info,
                          llvm::StringRef File,
                          const std::vector<JSONDiagnostic> &Diags) {
  OS << "{\"version\":0,\"package\":";
  writeJSONString(OS, Info.Package.empty() ? std::string(1, '\0')
                                           : Info.Package);
  OS << ",\"goos\":";
  writeJSONString(OS, Info.Goos);
  OS << ",\"goarch\":";
  writeJSONString(OS, Info.Goarch);
  OS << ",\"gc_version\":";
  writeJSONString(OS, Info.GcVersion);
  if (!File.empty()) {
    OS << ",\"file\":";
    writeJSONString(OS, File);
  }
  OS << "}\n";
  for (const JSONDiagnostic &D : Diags)
    writeDiagnostic(OS, D);
}

bool escape::writeJSONLogs(llvm::StringRef Dir, const JSONLogInfo &Info,
                           std::vector<JSONDiagnostic> Diags,
                           std::string &Error) {
  std::stable_sort(Diags.begin(), Diags.end(),
                   [](const JSONDiagnostic &A, const JSONDiagnostic &B) {
                     if (A.Pos.File != B.Pos.File)
                       return A.Pos.File < B.Pos.File;
                     if (A.Pos.Line != B.Pos.Line)
                       return A.Pos.Line < B.Pos.Line;
                     return A.Pos.Column < B.Pos.Column;
                   });
  // The package's directory exists even when nothing is logged.
  llvm::SmallString<256> PkgDir(Dir);
  llvm::sys::path::append(
      PkgDir, llvm::sys::path::parent_path(jsonLogFileName(Info.Package, "")));
  if (std::error_code EC = llvm::sys::fs::create_directories(PkgDir)) {
    Error = "could not create directory " + std::string(PkgDir) + ": " +
            EC.message();
    return false;
  }
  size_t I = 0;
  while (I != Diags.size()) {
    size_t J = I;
    while (J != Diags.size() && Diags[J].Pos.File == Diags[I].Pos.File)
      ++J;
    llvm::SmallString<256> Path(PkgDir);
    llvm::sys::path::append(
        Path, llvm::sys::path::filename(
                  jsonLogFileName(Info.Package, Diags[I].Pos.File)));
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    if (EC) {
      Error = "could not create file " + std::string(Path) + ": " +
              EC.message();
      return false;
    }
    std::vector<JSONDiagnostic> Group(Diags.begin() + I, Diags.begin() + J);
    writeJSONLog(OS, Info, Diags[I].Pos.File, Group);
    I = J;
  }
  return true;
}
