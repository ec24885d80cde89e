//===- SourceManager.h - Source buffers and positions -----------*- C++ -*-===//
//
// Every byte of every loaded file has one SourceLoc: a 32-bit offset into a
// single address space in which files are laid out one after another
// (Clang's scheme). A SourceLoc is cheap to store in every AST node and IR
// instruction and converts to gc's `file:line:col` on demand. Columns are
// 1-based byte columns, as gc prints them (a tab counts as one column).
//
// Line directives. A `//line name:line[:col]` comment at the start of a line,
// or a `/*line name:line:col*/` comment anywhere, makes gc show the text after
// it as if it came from `name` at `line` (gc's line PosBase). The lexer parses
// them and records each with addLineDirective; getPresumedLoc and formatLoc
// then honour them, as every position gc prints does. A directive without a
// column makes columns unknown up to the next directive, and gc prints no
// column there. A file without directives pays one empty-vector test per
// lookup.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_BASIC_SOURCEMANAGER_H
#define GOSCAPE_BASIC_SOURCEMANAGER_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/StringSaver.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
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

/// A resolved position: the file's display name (or the name a line
/// directive gives), line and column.
struct PresumedLoc {
  llvm::StringRef FileName; ///< The display name, e.g. "./x.go".
  unsigned Line = 0;        ///< 1-based.
  unsigned Column = 0;      ///< 1-based byte column; 0 if unknown.
};

/// What one `//line` or `/*line*/` directive says about the text after it.
struct LineDirective {
  /// The file name as written; empty only for `//line :N`, which gc shows
  /// as an empty name (`:N:` with a column inherits the previous name, which
  /// the lexer resolves with getDirectiveFileName).
  llvm::StringRef FileName;
  unsigned Line = 0;   ///< The line of the text after the directive, >= 1.
  unsigned Column = 0; ///< Its column, or 0 (unknown) without one.
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
  /// Loc's file, line and column, after the line directives in effect at
  /// Loc unless UseLineDirectives is false (then the position in the file
  /// as loaded; -json logs and internal dumps use that).
  PresumedLoc getPresumedLoc(SourceLoc Loc,
                             bool UseLineDirectives = true) const;
  /// Formats Loc as gc prints a position at the start of a message or after
  /// ` at `: "file:line:col", or "file:line" where the column is unknown.
  /// gc stores a real position in 20 bits of line and 8 of column
  /// (cmd/internal/src's lico): a column from 255 on, or on a saturated
  /// line, is not printed either.
  std::string formatLoc(SourceLoc Loc) const;
  /// Formats Loc as the type checker quotes a position inside a message
  /// (syntax.Pos.String): like formatLoc but without the 8-bit limit, and
  /// where a line directive is in effect followed by the real position in
  /// brackets, with the file's absolute path: "foo.go:10[/dir/x.go:4:5]".
  std::string formatLocInMessage(SourceLoc Loc) const;

  /// Identifies the position base of Loc (gc's PosBase): its file, or the
  /// line directive in effect. gc sorts errors by base, in the order each
  /// base first had an error, then by real position, and keeps one syntax
  /// error per line of a base.
  uint32_t getPositionBase(SourceLoc Loc) const;
  /// Loc's real line and column (ignoring line directives) as gc stores
  /// them, in cmd/internal/src's lico: 20 bits of line (a saturated line
  /// drops the column) and 8 of column, saturated at 255. gc sorts errors
  /// and writes -json logs with these.
  std::pair<unsigned, unsigned> getGcLineColumn(SourceLoc Loc) const;

  /// Records that the directive D, a comment of File starting at byte
  /// CommentOffset and CommentLength bytes long (a `//` comment without its
  /// newline if LineComment), applies from the end of the comment up to the
  /// next directive; D's line is that of the next line for a `//` comment,
  /// and that of the byte after the comment otherwise. Directives are added
  /// in source order.
  void addLineDirective(FileId File, uint32_t CommentOffset,
                        uint32_t CommentLength, bool LineComment,
                        const LineDirective &D);
  /// The file name gc's position base at Loc carries: the name of the line
  /// directive in effect, or the file's absolute path. A directive with a
  /// column and no name inherits it.
  llvm::StringRef getDirectiveFileName(SourceLoc Loc) const;
  unsigned getNumFiles() const { return Files.size(); }

  /// The name gc prints for Path: "./x.go" for a file in the current
  /// directory, otherwise the shorter of the relative and absolute paths.
  static std::string displayNameFor(llvm::StringRef Path);

private:
  /// A recorded line directive (gc's line PosBase).
  struct LineBase {
    uint32_t Offset = 0; ///< The first byte it applies to.
    /// The real line and column gc relates Line and Column to: those of
    /// Offset, except after a `/*line*/` comment spanning lines, where gc
    /// takes the comment's first line.
    unsigned AnchorLine = 0, AnchorColumn = 0;
    LineDirective D;
    llvm::StringRef ShownName; ///< D.FileName as go build prints it.
    uint32_t Id = 0;           ///< Its getPositionBase.
  };
  struct File {
    std::string DisplayName;
    /// The absolute path (gc's name of the file), and the directory prefix
    /// the go command shortens in gc's output with its shortened form.
    std::string AbsPath, AbsDir, ShownDir;
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    uint32_t Start = 0; ///< Raw SourceLoc of the first byte.
    uint32_t BaseId = 0; ///< getPositionBase outside any directive.
    mutable std::vector<uint32_t> LineStarts; ///< Computed on first use.
    std::vector<LineBase> Directives;         ///< By Offset.
  };
  /// A position in the file as loaded, and the directive in effect there.
  struct Resolved {
    const File *F;
    const LineBase *Base; ///< Null outside any directive.
    unsigned Line, Column;
  };
  FileId addFile(std::string DisplayName, std::string AbsPath,
                 std::unique_ptr<llvm::MemoryBuffer> Buffer);
  const File &getFile(FileId Id) const { return Files[Id.Index - 1]; }
  Resolved resolve(SourceLoc Loc) const;
  std::pair<unsigned, unsigned> lineAndColumn(const File &F,
                                              uint32_t Offset) const;

  std::vector<File> Files;
  llvm::BumpPtrAllocator NameAlloc;
  llvm::StringSaver Names{NameAlloc}; ///< Directive file names.
  uint32_t NextStart = 1; // Raw 0 is the invalid location.
  uint32_t NumBases = 0;
};

} // namespace goscape

#endif
