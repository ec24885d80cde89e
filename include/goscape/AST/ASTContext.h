//===- ASTContext.h - Owner of syntax trees ---------------------*- C++ -*-===//
//
// One ASTContext owns every node, list and identifier spelling of a package
// (all its files) in bump allocators, and the Package's list of files.
// Nodes are trivially destructible, so nothing is ever freed one by one.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_AST_ASTCONTEXT_H
#define GOSCAPE_AST_ASTCONTEXT_H

#include "goscape/AST/AST.h"
#include "goscape/Basic/Arena.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Allocator.h"

#include <type_traits>
#include <vector>

namespace goscape {

/// Owns the syntax trees of one package.
class ASTContext {
public:
  ASTContext() = default;
  ASTContext(const ASTContext &) = delete;
  ASTContext &operator=(const ASTContext &) = delete;

  /// Allocates a node; it lives as long as the context.
  template <typename T, typename... Args> T *create(Args &&...As) {
    static_assert(std::is_trivially_destructible_v<T>,
                  "AST nodes are never destroyed");
    T *N = new (NodeArena.Allocate<T>()) T(std::forward<Args>(As)...);
    if constexpr (std::is_base_of_v<Node, T>)
      N->Id = ++NumNodes;
    return N;
  }

  /// Copies a list into the arena.
  template <typename T> llvm::ArrayRef<T> copyArray(llvm::ArrayRef<T> List) {
    static_assert(std::is_trivially_destructible_v<T>,
                  "arena lists are never destroyed");
    if (List.empty())
      return {};
    T *Mem = NodeArena.Allocate<T>(List.size());
    std::uninitialized_copy(List.begin(), List.end(), Mem);
    return llvm::ArrayRef<T>(Mem, List.size());
  }

  /// A stable copy of a spelling; equal spellings share storage.
  llvm::StringRef intern(llvm::StringRef S) {
    return Strings.insert(S).first->getKey();
  }
  /// A stable copy of a string that need not be shared.
  llvm::StringRef copyString(llvm::StringRef S) {
    if (S.empty())
      return {};
    char *Mem = NodeArena.Allocate<char>(S.size());
    std::copy(S.begin(), S.end(), Mem);
    return llvm::StringRef(Mem, S.size());
  }

  Arena &getAllocator() { return NodeArena; }

  /// The package's files in the order they were given.
  llvm::ArrayRef<File *> getFiles() const { return Files; }
  void addFile(File *F) { Files.push_back(F); }

private:
  /// Nodes and lists: huge-page slabs (Basic/Arena.h).
  Arena NodeArena;
  /// Interned spellings get their own arena: packed together, the few
  /// thousand distinct names stay in cache while the parser compares
  /// against them, instead of being spread among the nodes.
  llvm::BumpPtrAllocator StringArena;
  llvm::StringSet<llvm::BumpPtrAllocator &> Strings{StringArena};
  std::vector<File *> Files;
  uint32_t NumNodes = 0;
};

} // namespace goscape

#endif
