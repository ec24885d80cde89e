//===- SourceManager.cpp - Source buffers and positions -------------------===//

#include "goscape/Basic/SourceManager.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cassert>

using namespace goscape;

// The go command compiles a package from its directory and shows that
// directory (in everything gc prints) as the shorter of its cwd-relative and
// absolute forms, with "." for the current directory.
static std::string shownDirFor(llvm::StringRef Dir) {
  llvm::SmallString<256> Cwd;
  if (llvm::sys::fs::current_path(Cwd))
    return Dir.str();
  // Walk up from the current directory until it is a prefix of Dir.
  std::string Up;
  llvm::StringRef Anchor = Cwd.str();
  while (!(Dir == Anchor || (Dir.starts_with(Anchor) &&
                             (Anchor == "/" || Dir[Anchor.size()] == '/')))) {
    Anchor = llvm::sys::path::parent_path(Anchor);
    Up += "../";
  }
  llvm::StringRef Below = Dir.drop_front(Anchor.size()).ltrim('/');
  std::string Rel = Up + Below.str();
  if (!Rel.empty() && Rel.back() == '/')
    Rel.pop_back();
  if (Rel.empty())
    Rel = ".";
  return Rel.size() < Dir.size() ? Rel : Dir.str();
}

static std::string absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return std::string(Abs);
}

std::string SourceManager::displayNameFor(llvm::StringRef Path) {
  std::string Abs = absolutePath(Path);
  std::string ShownDir = shownDirFor(llvm::sys::path::parent_path(Abs));
  if (ShownDir.back() != '/')
    ShownDir += '/';
  return ShownDir + llvm::sys::path::filename(Abs).str();
}

FileId SourceManager::loadFile(llvm::StringRef Path, std::string &Error) {
  auto BufOrErr = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/true);
  if (!BufOrErr) {
    Error = "open " + Path.str() + ": " + BufOrErr.getError().message();
    return FileId();
  }
  FileId Id =
      addFile(displayNameFor(Path), absolutePath(Path), std::move(*BufOrErr));
  File &F = Files.back();
  F.AbsDir = llvm::sys::path::parent_path(F.AbsPath).str();
  F.ShownDir = shownDirFor(F.AbsDir);
  return Id;
}

FileId SourceManager::addBuffer(llvm::StringRef DisplayName,
                                llvm::StringRef Contents) {
  return addFile(DisplayName.str(), DisplayName.str(),
                 llvm::MemoryBuffer::getMemBufferCopy(Contents, DisplayName));
}

FileId SourceManager::addFile(std::string DisplayName, std::string AbsPath,
                              std::unique_ptr<llvm::MemoryBuffer> Buffer) {
  File F;
  F.DisplayName = std::move(DisplayName);
  F.AbsPath = std::move(AbsPath);
  F.BaseId = ++NumBases;
  F.Start = NextStart;
  // One extra position for end-of-file, and one gap byte between files.
  uint64_t Next = uint64_t(NextStart) + Buffer->getBufferSize() + 2;
  if (Next > UINT32_MAX)
    llvm::report_fatal_error("goscape: total source size exceeds 4 GiB");
  NextStart = uint32_t(Next);
  F.Buffer = std::move(Buffer);
  Files.push_back(std::move(F));
  return FileId{uint32_t(Files.size())};
}

llvm::StringRef SourceManager::getBuffer(FileId Id) const {
  return getFile(Id).Buffer->getBuffer();
}

llvm::StringRef SourceManager::getDisplayName(FileId Id) const {
  return getFile(Id).DisplayName;
}

SourceLoc SourceManager::getStartLoc(FileId Id) const {
  return SourceLoc::fromRaw(getFile(Id).Start);
}

FileId SourceManager::getFileId(SourceLoc Loc) const {
  assert(Loc.isValid() && "no file for an invalid location");
  auto It = llvm::upper_bound(Files, Loc.getRaw(),
                              [](uint32_t Raw, const File &F) {
                                return Raw < F.Start;
                              });
  assert(It != Files.begin() && "location before the first file");
  return FileId{uint32_t(It - Files.begin())};
}

uint32_t SourceManager::getOffset(SourceLoc Loc) const {
  return Loc.getRaw() - getFile(getFileId(Loc)).Start;
}

std::pair<unsigned, unsigned>
SourceManager::lineAndColumn(const File &F, uint32_t Offset) const {
  if (F.LineStarts.empty()) {
    llvm::StringRef Text = F.Buffer->getBuffer();
    F.LineStarts.push_back(0);
    for (size_t I = 0, E = Text.size(); I != E; ++I)
      if (Text[I] == '\n')
        F.LineStarts.push_back(uint32_t(I + 1));
  }
  auto It = llvm::upper_bound(F.LineStarts, Offset);
  return {unsigned(It - F.LineStarts.begin()), Offset - *(It - 1) + 1};
}

SourceManager::Resolved SourceManager::resolve(SourceLoc Loc) const {
  const File &F = getFile(getFileId(Loc));
  uint32_t Offset = Loc.getRaw() - F.Start;
  auto [Line, Col] = lineAndColumn(F, Offset);
  const LineBase *Base = nullptr;
  if (!F.Directives.empty()) {
    auto It = llvm::upper_bound(
        F.Directives, Offset,
        [](uint32_t Off, const LineBase &B) { return Off < B.Offset; });
    if (It != F.Directives.begin())
      Base = &It[-1];
  }
  return {&F, Base, Line, Col};
}

// gc relates a position after a directive to the directive's anchor: lines
// count on from the directive's line; the column counts on from the
// directive's column only on the anchor's own line, and is unknown
// throughout if the directive gave none (syntax.Pos.RelLine/RelCol, in
// unsigned 64-bit arithmetic: the end of a file that ends in a `//line`
// comment, before the anchor, is on the directive's line minus one).
static std::pair<uint64_t, uint64_t> relative(const LineDirective &D,
                                              uint64_t AnchorLine,
                                              uint64_t AnchorCol, uint64_t Line,
                                              uint64_t Col) {
  uint64_t RelLine = D.Line + (Line - AnchorLine);
  if (D.Column == 0)
    return {RelLine, 0};
  if (Line == AnchorLine)
    return {RelLine, D.Column + (Col - AnchorCol)};
  return {RelLine, Col};
}

PresumedLoc SourceManager::getPresumedLoc(SourceLoc Loc,
                                          bool UseLineDirectives) const {
  if (!Loc.isValid())
    return PresumedLoc{"<unknown>", 0, 0};
  Resolved R = resolve(Loc);
  if (!UseLineDirectives || !R.Base)
    return PresumedLoc{R.F->DisplayName, R.Line, R.Column};
  auto [Line, Col] = relative(R.Base->D, R.Base->AnchorLine,
                              R.Base->AnchorColumn, R.Line, R.Column);
  return PresumedLoc{R.Base->ShownName, unsigned(Line), unsigned(Col)};
}

// gc's lico: 20 bits of line (a saturated line drops the column) and 8 of
// column, saturated; 0 and the maximum both mean an unknown column.
static constexpr unsigned LicoLineMax = (1u << 20) - 2, LicoColMax = 255;

static std::pair<unsigned, unsigned> lico(unsigned Line, unsigned Col) {
  if (Line >= LicoLineMax)
    return {LicoLineMax, 0};
  return {Line, std::min(Col, LicoColMax)};
}

std::pair<unsigned, unsigned>
SourceManager::getGcLineColumn(SourceLoc Loc) const {
  if (!Loc.isValid())
    return {0, 0};
  Resolved R = resolve(Loc);
  return lico(R.Line, R.Column);
}

uint32_t SourceManager::getPositionBase(SourceLoc Loc) const {
  if (!Loc.isValid())
    return 0;
  Resolved R = resolve(Loc);
  return R.Base ? R.Base->Id : R.F->BaseId;
}

std::string SourceManager::formatLoc(SourceLoc Loc) const {
  std::string S;
  llvm::raw_string_ostream OS(S);
  if (!Loc.isValid()) {
    OS << "<unknown>:0:0";
    return S;
  }
  Resolved R = resolve(Loc);
  auto [Line, Col] = lico(R.Line, R.Column);
  llvm::StringRef Name = R.F->DisplayName;
  uint64_t ShownLine = Line, ShownCol = Col;
  if (R.Base) {
    auto [AnchorLine, AnchorCol] =
        lico(R.Base->AnchorLine, R.Base->AnchorColumn);
    std::tie(ShownLine, ShownCol) =
        relative(R.Base->D, AnchorLine, AnchorCol, Line, Col);
    Name = R.Base->ShownName;
  }
  OS << Name << ':' << ShownLine;
  if (ShownCol != 0 && ShownCol < LicoColMax)
    OS << ':' << ShownCol;
  return S;
}

std::string SourceManager::formatLocInMessage(SourceLoc Loc) const {
  if (!Loc.isValid())
    return formatLoc(Loc);
  Resolved R = resolve(Loc);
  std::string S;
  llvm::raw_string_ostream OS(S);
  if (!R.Base) {
    OS << R.F->DisplayName << ':' << R.Line << ':' << R.Column;
    return S;
  }
  auto [Line, Col] = relative(R.Base->D, R.Base->AnchorLine,
                              R.Base->AnchorColumn, R.Line, R.Column);
  OS << R.Base->ShownName << ':' << Line;
  if (Col != 0)
    OS << ':' << Col;
  // The real position follows in brackets where it differs; the go command
  // leaves that absolute path alone (it shortens paths after blanks only).
  if (R.Base->D.FileName != R.F->AbsPath || Line != R.Line || Col != R.Column)
    OS << '[' << R.F->AbsPath << ':' << R.Line << ':' << R.Column << ']';
  return S;
}

void SourceManager::addLineDirective(FileId Id, uint32_t CommentOffset,
                                     uint32_t CommentLength, bool LineComment,
                                     const LineDirective &D) {
  File &F = Files[Id.Index - 1];
  auto [Line, Col] = lineAndColumn(F, CommentOffset);
  LineBase B;
  B.D = D;
  B.D.FileName = Names.save(D.FileName);
  // The directive applies to everything scanned after the comment. The
  // newline belongs to a `//` comment: the directive's line is the next one
  // (the end of a file without that newline is one line before it).
  B.Offset = CommentOffset + CommentLength;
  if (LineComment) {
    B.AnchorLine = Line + 1;
    B.AnchorColumn = 1;
  } else {
    B.AnchorLine = Line;
    B.AnchorColumn = Col + CommentLength;
  }
  assert((F.Directives.empty() || F.Directives.back().Offset < B.Offset) &&
         "line directives out of order");
  // The go command shortens the package directory in whatever gc prints
  // after a blank or at the start of a line, names from directives too.
  B.ShownName = B.D.FileName;
  if (!F.AbsDir.empty() && F.ShownDir != F.AbsDir &&
      B.D.FileName.starts_with(F.AbsDir))
    B.ShownName =
        Names.save(F.ShownDir + B.D.FileName.drop_front(F.AbsDir.size()));
  B.Id = ++NumBases;
  F.Directives.push_back(B);
}

llvm::StringRef SourceManager::getDirectiveFileName(SourceLoc Loc) const {
  Resolved R = resolve(Loc);
  return R.Base ? R.Base->D.FileName : llvm::StringRef(R.F->AbsPath);
}
