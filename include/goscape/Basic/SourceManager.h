//===- SourceManager.h - Source buffers and positions -----------*- C++ -*-===//
//
// Every byte of every loaded file has one SourceLoc: a 32-bit offset into a
// single address space in which files are laid out one after another
// (Clang's scheme). A SourceLoc is cheap to store in every AST node and IR
// instruction and converts to gc's `file:line:col` on demand. Columns are
// 1-based byte columns, as gc prints them (a tab counts as one column).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_BASIC_SOURCEMANAGER_H
#define GOSCAPE_BASIC_SOURCEMANAGER_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace goscape {

/// A position in some loaded source file; 0 is the invalid position.
class SourceLoc {
public:
  SourceLoc() = default;
  static SourceLoc fromRaw(uint32_t Raw) { return SourceLoc(Raw); }

  bool isValid() const { return Raw != 0; }
  uint32_t getRaw() const { return Raw; }
  /// The position N bytes further on in the same file.
  SourceLoc getAdvanced(uint32_t N) const { return SourceLoc(Raw + N); }

  friend bool operator==(SourceLoc A, SourceLoc B) { return A.Raw == B.Raw; }
  friend bool operator!=(SourceLoc A, SourceLoc B) { return A.Raw != B.Raw; }
  friend bool operator<(SourceLoc A, SourceLoc B) { return A.Raw < B.Raw; }

private:
  explicit SourceLoc(uint32_t Raw) : Raw(Raw) {}
  uint32_t Raw = 0;
};

/// A half-open range of source text [Begin, End).
struct SourceRange {
  SourceLoc Begin, End;
};

/// Identifies one loaded file; 0 is invalid.
struct FileId {
  uint32_t Index = 0;
  bool isValid() const { return Index != 0; }
  friend bool operator==(FileId A, FileId B) { return A.Index == B.Index; }
};

/// A resolved position as gc prints it.
struct PresumedLoc {
  llvm::StringRef FileName; ///< The display name, e.g. "./x.go".
  unsigned Line = 0;        ///< 1-based.
  unsigned Column = 0;      ///< 1-based byte column.
};

/// Owns the source buffers and maps SourceLocs to file, line and column.
class SourceManager {
public:
  /// Loads Path from disk. On failure returns an invalid FileId and sets
  /// Error to a gc-style message.
  FileId loadFile(llvm::StringRef Path, std::string &Error);
  /// Adds an in-memory buffer (tests, fuzzers) shown as DisplayName.
  FileId addBuffer(llvm::StringRef DisplayName, llvm::StringRef Contents);

  /// The text of File, without a terminating NUL in the view (the buffer
  /// itself is NUL-terminated, which the lexer relies on).
  llvm::StringRef getBuffer(FileId File) const;
  llvm::StringRef getDisplayName(FileId File) const;
  SourceLoc getStartLoc(FileId File) const;
  FileId getFileId(SourceLoc Loc) const;
  /// Byte offset of Loc within its file.
  uint32_t getOffset(SourceLoc Loc) const;
  PresumedLoc getPresumedLoc(SourceLoc Loc) const;
  /// Formats Loc as "file:line:col".
  std::string formatLoc(SourceLoc Loc) const;
  unsigned getNumFiles() const { return Files.size(); }

  /// The name gc prints for Path: "./x.go" for a file in the current
  /// directory, otherwise the shorter of the relative and absolute paths.
  static std::string displayNameFor(llvm::StringRef Path);

private:
  struct File {
    std::string DisplayName;
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    uint32_t Start = 0; ///< Raw SourceLoc of the first byte.
    mutable std::vector<uint32_t> LineStarts; ///< Computed on first use.
  };
  FileId addFile(std::string DisplayName,
                 std::unique_ptr<llvm::MemoryBuffer> Buffer);
  const File &getFile(FileId Id) const { return Files[Id.Index - 1]; }

  std::vector<File> Files;
  uint32_t NextStart = 1; // Raw 0 is the invalid location.
};

} // namespace goscape

#endif
