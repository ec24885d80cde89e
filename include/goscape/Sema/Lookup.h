//===- Lookup.h - Field and method lookup, interface satisfaction -*- C++ -*-=//
//
// types2's lookup.go: finding the field or method a selector `x.f` denotes,
// with promotion through embedded fields (breadth-first by embedding depth;
// two candidates at the same depth are ambiguous), the addressability rule
// for pointer-receiver methods, method sets, and whether a type implements
// an interface together with gc's wording of why not.
//
// Lookups allocate nothing on the heap for embedding trees of ordinary size
// (inline small vectors).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_SEMA_LOOKUP_H
#define GOSCAPE_SEMA_LOOKUP_H

#include "goscape/AST/Object.h"
#include "goscape/AST/Type.h"

#include "llvm/ADT/SmallVector.h"

#include <string>

namespace goscape {

/// What lookups need from a type checker at work (types2 passes its
/// *Checker): an interface met on the way may not have its full method set
/// yet, and a method may be found before its signature was checked. With
/// no hooks (null), every type is taken as complete: interfaces without a
/// computed method set contribute their explicit methods.
class LookupHooks {
public:
  /// Computes I's full method set, so that I->getAllMethods() is valid.
  virtual void completeInterface(const Interface *I) = 0;
  /// Checks M's signature if that has not happened yet (types2's
  /// objDecl(f, nil)).
  virtual void declareMethod(Func *M) = 0;

protected:
  ~LookupHooks() = default;
};

/// The outcome of lookupFieldOrMethod.
struct LookupResult {
  enum StatusKind : uint8_t {
    NotFound,
    /// Obj is the field (Var) or method (Func).
    Found,
    /// Several candidates at the shallowest depth; Index leads to one.
    Ambiguous,
    /// A method with a pointer receiver, but the operand is neither a
    /// pointer nor addressable (types2: obj nil, indirect true).
    NeedsAddressable,
  };
  StatusKind Status = NotFound;
  Object *Obj = nullptr;
  /// The path: indices of the embedded fields followed, then the index of
  /// the field in its struct or of the method in its Named's getMethods()
  /// (or in the interface's getAllMethods()).
  llvm::SmallVector<unsigned, 4> Index;
  /// A pointer was dereferenced on the way (the operand itself, or an
  /// embedded pointer field).
  bool Indirect = false;

  bool found() const { return Status == Found; }
  /// The index of the embedded fields only (all but the last entry).
  llvm::ArrayRef<unsigned> getEmbeddedPath() const {
    return llvm::ArrayRef<unsigned>(Index).drop_back();
  }
};

/// Looks up Name in T (types2's LookupFieldOrMethod): a field or method of
/// T, or of *T when T is a pointer; Addressable says whether a value
/// operand is addressable (then pointer-receiver methods are found). Pkg is
/// the package of the selector, for unexported names. FoldCase matches
/// method names case-insensitively (for "have m, want M" hints). A found
/// method's signature may not be checked yet (see LookupHooks).
LookupResult lookupFieldOrMethod(const Type *T, bool Addressable,
                                 const Package *Pkg, llvm::StringRef Name,
                                 bool FoldCase = false,
                                 LookupHooks *Hooks = nullptr);

/// One entry of a method set.
struct MethodSetEntry {
  Func *Method;
  llvm::SmallVector<unsigned, 4> Index; ///< As LookupResult::Index.
  bool Indirect;
};

/// The method set of T (spec "Method sets"): T's value-receiver methods and
/// those promoted to it, or all of them for *T; for an interface, its
/// methods. Sorted like types2 (exported names, then unexported by
/// package path and name).
void computeMethodSet(const Type *T,
                      llvm::SmallVectorImpl<MethodSetEntry> &Result);

/// types2's missingMethod: the first method of interface T that V lacks
/// (Method), and if V has a method of that name with the wrong type, a
/// pointer receiver, or a name differing in case, that method (Alt).
/// Static is false for type assertions from an interface V, where methods
/// V lacks statically may still be there dynamically.
struct MissingMethod {
  Func *Method = nullptr;
  Func *Alt = nullptr;
  explicit operator bool() const { return Method; }
};
MissingMethod missingMethod(const Type *V, const Interface *T, bool Static,
                            LookupHooks *Hooks = nullptr);

/// gc's parenthesised reason, e.g. `(missing M method)`,
/// `(M method has pointer receiver)`,
/// "(wrong type for M method)\n\t\thave M(string)\n\t\twant M(int)".
std::string missingMethodReason(const Type *V, const Type *T,
                                const MissingMethod &M);

/// Whether V implements interface type T; if not and Reason is non-null,
/// sets it to gc's "V does not implement T (...)" text.
bool implements(const Type *V, const Type *T, std::string *Reason);

/// Go's assignability of a typed, non-constant value of type V to type T:
/// identical types, identical underlying types with at least one not
/// named, an interface T that V implements, or a bidirectional channel to
/// a channel type of the same element with one not named. (The checker's
/// Checker::assignableTo adds untyped operands and gc's reasons.)
bool assignableValue(const Type *V, const Type *T);

/// types2's sameId: Name matches Obj's name and, unless it is exported,
/// comes from the same package.
bool sameId(const Object *Obj, const Package *Pkg, llvm::StringRef Name);

} // namespace goscape

#endif
