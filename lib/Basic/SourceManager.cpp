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
// directory as the shorter of its cwd-relative and absolute forms, with "."
// for the current directory.
std::string SourceManager::displayNameFor(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  llvm::SmallString<256> Cwd;
  if (llvm::sys::fs::current_path(Cwd))
    return std::string(Path);
  llvm::StringRef Dir = llvm::sys::path::parent_path(Abs);
  llvm::StringRef Base = llvm::sys::path::filename(Abs);

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
  std::string ShownDir = Rel.size() < Dir.size() ? Rel : Dir.str();
  if (ShownDir.back() != '/')
    ShownDir += '/';
  return ShownDir + Base.str();
}

FileId SourceManager::loadFile(llvm::StringRef Path, std::string &Error) {
  auto BufOrErr = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/true);
  if (!BufOrErr) {
    Error = "open " + Path.str() + ": " + BufOrErr.getError().message();
    return FileId();
  }
  return addFile(displayNameFor(Path), std::move(*BufOrErr));
}

FileId SourceManager::addBuffer(llvm::StringRef DisplayName,
                                llvm::StringRef Contents) {
  return addFile(DisplayName.str(),
                 llvm::MemoryBuffer::getMemBufferCopy(Contents, DisplayName));
}

FileId SourceManager::addFile(std::string DisplayName,
                              std::unique_ptr<llvm::MemoryBuffer> Buffer) {
  File F;
  F.DisplayName = std::move(DisplayName);
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

PresumedLoc SourceManager::getPresumedLoc(SourceLoc Loc) const {
  if (!Loc.isValid())
    return PresumedLoc{"<unknown>", 0, 0};
  const File &F = getFile(getFileId(Loc));
  if (F.LineStarts.empty()) {
    llvm::StringRef Text = F.Buffer->getBuffer();
    F.LineStarts.push_back(0);
    for (size_t I = 0, E = Text.size(); I != E; ++I)
      if (Text[I] == '\n')
        F.LineStarts.push_back(uint32_t(I + 1));
  }
  uint32_t Offset = Loc.getRaw() - F.Start;
  auto It = llvm::upper_bound(F.LineStarts, Offset);
  unsigned Line = unsigned(It - F.LineStarts.begin());
  unsigned Col = Offset - *(It - 1) + 1;
  return PresumedLoc{F.DisplayName, Line, Col};
}

std::string SourceManager::formatLoc(SourceLoc Loc) const {
  PresumedLoc P = getPresumedLoc(Loc);
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << P.FileName << ':' << P.Line << ':' << P.Column;
  return S;
}
