//===- Type.cpp - Go types ------------------------------------------------===//
//
// The type arena, the predeclared Basic types, printing in types2's
// notation, the predicates of types2's predicates.go and gc's amd64 sizes
// (identity: TypeIdentity.cpp).
//
// Printing follows types2's typeWriter: `, ` and `; ` separate list items,
// struct tags are quoted like strconv.Quote, a single unnamed result is
// printed bare, a variadic last parameter as `...T`, `chan (<-chan T)` keeps
// its parentheses, and the universe's `any` prints as `any` while any other
// empty interface prints as `interface{}`. Types of imported packages are
// qualified by the package name.
//
//===----------------------------------------------------------------------===//

#include "goscape/AST/Type.h"
#include "goscape/AST/Object.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/Unicode.h"

using namespace goscape;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

//===----------------------------------------------------------------------===//
// TypeContext
//===----------------------------------------------------------------------===//

TypeContext::TypeContext() {
  struct BasicDesc {
    BasicKind K;
    unsigned Info;
    const char *Name;
  };
  static const BasicDesc Descs[] = {
      {BasicKind::Invalid, 0, "invalid type"},
      {BasicKind::Bool, IsBoolean, "bool"},
      {BasicKind::Int, IsInteger, "int"},
      {BasicKind::Int8, IsInteger, "int8"},
      {BasicKind::Int16, IsInteger, "int16"},
      {BasicKind::Int32, IsInteger, "int32"},
      {BasicKind::Int64, IsInteger, "int64"},
      {BasicKind::Uint, IsInteger | IsUnsigned, "uint"},
      {BasicKind::Uint8, IsInteger | IsUnsigned, "uint8"},
      {BasicKind::Uint16, IsInteger | IsUnsigned, "uint16"},
      {BasicKind::Uint32, IsInteger | IsUnsigned, "uint32"},
      {BasicKind::Uint64, IsInteger | IsUnsigned, "uint64"},
      {BasicKind::Uintptr, IsInteger | IsUnsigned, "uintptr"},
      {BasicKind::Float32, IsFloat, "float32"},
      {BasicKind::Float64, IsFloat, "float64"},
      {BasicKind::String, IsString, "string"},
      {BasicKind::UnsafePointer, 0, "Pointer"},
      {BasicKind::UntypedBool, IsBoolean | IsUntyped, "untyped bool"},
      {BasicKind::UntypedInt, IsInteger | IsUntyped, "untyped int"},
      {BasicKind::UntypedRune, IsInteger | IsUntyped, "untyped rune"},
      {BasicKind::UntypedFloat, IsFloat | IsUntyped, "untyped float"},
      {BasicKind::UntypedString, IsString | IsUntyped, "untyped string"},
      {BasicKind::UntypedNil, IsUntyped, "untyped nil"},
  };
  static_assert(std::size(Descs) == unsigned(BasicKind::UntypedNil) + 1,
                "one descriptor per basic kind");
  for (const BasicDesc &D : Descs) {
    assert(Basics + unsigned(D.K) == &Basics[&D - Descs] &&
           "descriptors in kind order");
    Basics[unsigned(D.K)] = make<Basic>(D.K, D.Info, D.Name);
  }
  Byte = make<Basic>(BasicKind::Uint8, IsInteger | IsUnsigned, "byte");
  Rune = make<Basic>(BasicKind::Int32, IsInteger, "rune");
  EmptyTuple = make<Tuple>(llvm::ArrayRef<Var *>());
  Interface *E = make<Interface>(llvm::ArrayRef<Func *>(),
                                 llvm::ArrayRef<const Type *>());
  E->setAllMethods({});
  EmptyInterface = E;
  Interface *A = make<Interface>(llvm::ArrayRef<Func *>(),
                                 llvm::ArrayRef<const Type *>());
  A->setAllMethods({});
  A->UniverseAny = true;
  Any = A;
}

TypeContext::~TypeContext() {
  if (DestroySema)
    DestroySema(Sema);
  for (Scope *S : Scopes)
    S->~Scope();
}

const Pointer *TypeContext::getPointer(const Type *Elem) {
  const Pointer *&P = Pointers[Elem];
  if (!P)
    P = make<Pointer>(Elem);
  return P;
}
const Array *TypeContext::getArray(const Type *Elem, int64_t Len) {
  const Array *&A = Arrays[{Elem, Len}];
  if (!A)
    A = make<Array>(Elem, Len);
  return A;
}
const Slice *TypeContext::getSlice(const Type *Elem) {
  const Slice *&S = Slices[Elem];
  if (!S)
    S = make<Slice>(Elem);
  return S;
}
const Map *TypeContext::getMap(const Type *Key, const Type *Elem) {
  const Map *&M = Maps[{Key, Elem}];
  if (!M)
    M = make<Map>(Key, Elem);
  return M;
}
const Chan *TypeContext::getChan(ChanDirection Dir, const Type *Elem) {
  const Chan *&C = Chans[{Elem, unsigned(Dir)}];
  if (!C)
    C = make<Chan>(Dir, Elem);
  return C;
}
const Struct *TypeContext::getStruct(llvm::ArrayRef<Var *> Fields,
                                     llvm::ArrayRef<llvm::StringRef> Tags) {
  // Drop an all-empty tag list so that getTag() stays cheap and compact.
  bool AnyTag =
      llvm::any_of(Tags, [](llvm::StringRef T) { return !T.empty(); });
  llvm::ArrayRef<llvm::StringRef> Stored;
  if (AnyTag) {
    llvm::SmallVector<llvm::StringRef, 8> Copy;
    for (llvm::StringRef T : Tags)
      Copy.push_back(copyString(T));
    Stored = copyArray<llvm::StringRef>(Copy);
  }
  return make<Struct>(copyArray(Fields), Stored);
}
const Tuple *TypeContext::getTuple(llvm::ArrayRef<Var *> Vars) {
  if (Vars.empty())
    return EmptyTuple;
  return make<Tuple>(copyArray(Vars));
}
const Signature *TypeContext::getSignature(Var *Recv, const Tuple *Params,
                                           const Tuple *Results,
                                           bool Variadic) {
  return make<Signature>(Recv, Params ? Params : EmptyTuple,
                         Results ? Results : EmptyTuple, Variadic);
}
const Interface *
TypeContext::getInterface(llvm::ArrayRef<Func *> Methods,
                          llvm::ArrayRef<const Type *> Embeddeds) {
  return make<Interface>(copyArray(Methods), copyArray(Embeddeds));
}
const Named *TypeContext::createNamed(TypeName *Obj) {
  return make<Named>(Obj);
}

Scope *TypeContext::createScope(Scope *Parent, llvm::StringRef Comment) {
  Scope *S = new (Arena.Allocate<Scope>()) Scope(Parent, Comment);
  Scopes.push_back(S);
  return S;
}

Package *TypeContext::createPackage(llvm::StringRef Path, llvm::StringRef Name,
                                    Scope *Parent) {
  llvm::StringRef P = copyString(Path);
  llvm::StringRef N = copyString(Name);
  // Comment as types2 words it: "package fmt".
  std::string Comment = ("package " + N).str();
  return make<Package>(P, N, createScope(Parent, copyString(Comment)));
}

llvm::StringRef TypeContext::copyString(llvm::StringRef S) {
  if (S.empty())
    return {};
  char *Mem = Arena.Allocate<char>(S.size());
  std::copy(S.begin(), S.end(), Mem);
  return llvm::StringRef(Mem, S.size());
}

void Named::addMethod(Func *M, goscape::Arena &A) const {
  size_t N = Methods.size();
  if (N == MethodCapacity) {
    // Grow geometrically so that n methods cost O(n) copies in total.
    unsigned NewCap = MethodCapacity ? MethodCapacity * 2 : 4;
    Func **Mem = A.Allocate<Func *>(NewCap);
    std::copy(Methods.begin(), Methods.end(), Mem);
    Methods = llvm::ArrayRef<Func *>(Mem, N);
    MethodCapacity = NewCap;
  }
  Func **Data = const_cast<Func **>(Methods.data());
  Data[N] = M;
  Methods = llvm::ArrayRef<Func *>(Data, N + 1);
}

//===----------------------------------------------------------------------===//
// Underlying types and printing
//===----------------------------------------------------------------------===//

const Type *Type::getNamedUnderlying() const {
  const Type *T = this;
  // A Named's underlying type is never a Named once resolved, but be robust
  // while the checker resolves chains like `type A B; type B int`.
  for (unsigned Steps = 0; Steps < 64; ++Steps) {
    auto *N = dyn_cast<Named>(T);
    if (!N)
      return T;
    const Type *U = N->getUnderlyingType();
    if (!U)
      return T;
    T = U;
  }
  return T;
}

void goscape::writeGoQuoted(llvm::raw_ostream &OS, llvm::StringRef S) {
  static const char Hex[] = "0123456789abcdef";
  OS << '"';
  const char *P = S.begin(), *E = S.end();
  while (P != E) {
    unsigned char C = *P;
    if (C < 0x80) {
      ++P;
      switch (C) {
      case '\a': OS << "\\a"; continue;
      case '\b': OS << "\\b"; continue;
      case '\f': OS << "\\f"; continue;
      case '\n': OS << "\\n"; continue;
      case '\r': OS << "\\r"; continue;
      case '\t': OS << "\\t"; continue;
      case '\v': OS << "\\v"; continue;
      case '"': OS << "\\\""; continue;
      case '\\': OS << "\\\\"; continue;
      default: break;
      }
      if (C < 0x20 || C == 0x7f)
        OS << "\\x" << Hex[C >> 4] << Hex[C & 15];
      else
        OS << char(C);
      continue;
    }
    llvm::UTF32 CP;
    const llvm::UTF8 *Src = reinterpret_cast<const llvm::UTF8 *>(P);
    llvm::UTF32 *Dst = &CP;
    unsigned Len = llvm::getNumBytesForUTF8(C);
    const llvm::UTF8 *SrcEnd = reinterpret_cast<const llvm::UTF8 *>(P + Len);
    if (Len > size_t(E - P) ||
        llvm::ConvertUTF8toUTF32(&Src, SrcEnd, &Dst, &CP + 1,
                                 llvm::strictConversion) !=
            llvm::conversionOK) {
      OS << "\\x" << Hex[C >> 4] << Hex[C & 15];
      ++P;
      continue;
    }
    if (llvm::sys::unicode::isPrintable(int(CP))) {
      OS << llvm::StringRef(P, Len);
    } else if (CP < 0x10000) {
      OS << "\\u";
      for (int Sh = 12; Sh >= 0; Sh -= 4)
        OS << Hex[(CP >> Sh) & 15];
    } else {
      OS << "\\U";
      for (int Sh = 28; Sh >= 0; Sh -= 4)
        OS << Hex[(CP >> Sh) & 15];
    }
    P += Len;
  }
  OS << '"';
}

namespace {
/// types2's typeWriter without hashing support.
class TypePrinter {
public:
  TypePrinter(llvm::raw_ostream &OS, const Package *Local, bool ByFlag)
      : OS(OS), Local(Local), ByFlag(ByFlag) {}

  void type(const Type *T);
  void signature(const Signature *S);

private:
  void qualifier(const Package *P) {
    if (!P)
      return;
    if (ByFlag ? P->isImported() : P != Local)
      OS << P->getName() << '.';
  }
  void tuple(const Tuple *T, bool Variadic);

  llvm::raw_ostream &OS;
  const Package *Local;
  bool ByFlag;
};
} // namespace

void TypePrinter::tuple(const Tuple *T, bool Variadic) {
  OS << '(';
  llvm::ArrayRef<Var *> Vars = T ? T->getVars() : llvm::ArrayRef<Var *>();
  for (size_t I = 0, E = Vars.size(); I != E; ++I) {
    if (I)
      OS << ", ";
    const Var *V = Vars[I];
    if (!V->getName().empty())
      OS << V->getName() << ' ';
    const Type *Ty = V->getType();
    if (Variadic && I + 1 == E) {
      if (auto *S = dyn_cast_or_null<Slice>(Ty)) {
        OS << "...";
        Ty = S->getElem();
      } else {
        // append([]byte, string...) has the signature func([]byte, string...).
        type(Ty);
        OS << "...";
        continue;
      }
    }
    type(Ty);
  }
  OS << ')';
}

void TypePrinter::signature(const Signature *S) {
  tuple(S->getParams(), S->isVariadic());
  const Tuple *R = S->getResults();
  if (!R || R->size() == 0)
    return;
  OS << ' ';
  if (R->size() == 1 && R->getVars()[0]->getName().empty()) {
    type(R->getVars()[0]->getType());
    return;
  }
  tuple(R, false);
}

void TypePrinter::type(const Type *T) {
  if (!T) {
    OS << "<nil>";
    return;
  }
  switch (T->getKind()) {
  case TypeKind::Basic: {
    auto *B = cast<Basic>(T);
    if (B->getBasicKind() == BasicKind::UnsafePointer)
      OS << "unsafe.";
    OS << B->getName();
    return;
  }
  case TypeKind::Pointer:
    OS << '*';
    type(cast<Pointer>(T)->getElem());
    return;
  case TypeKind::Array: {
    auto *A = cast<Array>(T);
    OS << '[' << A->getLen() << ']';
    type(A->getElem());
    return;
  }
  case TypeKind::Slice:
    OS << "[]";
    type(cast<Slice>(T)->getElem());
    return;
  case TypeKind::Map: {
    auto *M = cast<Map>(T);
    OS << "map[";
    type(M->getKey());
    OS << ']';
    type(M->getElem());
    return;
  }
  case TypeKind::Chan: {
    auto *C = cast<Chan>(T);
    bool Parens = false;
    switch (C->getDir()) {
    case ChanDirection::SendRecv: {
      OS << "chan ";
      auto *Inner = dyn_cast_or_null<Chan>(C->getElem());
      Parens = Inner && Inner->getDir() == ChanDirection::RecvOnly;
      break;
    }
    case ChanDirection::SendOnly:
      OS << "chan<- ";
      break;
    case ChanDirection::RecvOnly:
      OS << "<-chan ";
      break;
    }
    if (Parens)
      OS << '(';
    type(C->getElem());
    if (Parens)
      OS << ')';
    return;
  }
  case TypeKind::Struct: {
    auto *S = cast<Struct>(T);
    OS << "struct{";
    llvm::ArrayRef<Var *> Fields = S->getFields();
    for (unsigned I = 0, E = Fields.size(); I != E; ++I) {
      if (I)
        OS << "; ";
      if (!Fields[I]->isEmbedded())
        OS << Fields[I]->getName() << ' ';
      type(Fields[I]->getType());
      llvm::StringRef Tag = S->getTag(I);
      if (!Tag.empty()) {
        OS << ' ';
        writeGoQuoted(OS, Tag);
      }
    }
    OS << '}';
    return;
  }
  case TypeKind::Tuple:
    tuple(cast<Tuple>(T), false);
    return;
  case TypeKind::Signature:
    OS << "func";
    signature(cast<Signature>(T));
    return;
  case TypeKind::Interface: {
    auto *I = cast<Interface>(T);
    if (I->isAny()) {
      OS << "any";
      return;
    }
    OS << "interface{";
    bool First = true;
    for (const Func *M : I->getExplicitMethods()) {
      if (!First)
        OS << "; ";
      First = false;
      OS << M->getName();
      if (const Signature *S = M->getSignature())
        signature(S);
      else
        OS << "()";
    }
    for (const Type *E : I->getEmbeddeds()) {
      if (!First)
        OS << "; ";
      First = false;
      type(E);
    }
    OS << '}';
    return;
  }
  case TypeKind::Named: {
    const TypeName *Obj = cast<Named>(T)->getObject();
    qualifier(Obj->getPackage());
    OS << Obj->getName();
    return;
  }
  }
  llvm_unreachable("covered switch over type kinds");
}

void Type::print(llvm::raw_ostream &OS) const {
  TypePrinter(OS, nullptr, /*ByFlag=*/true).type(this);
}

void Type::print(llvm::raw_ostream &OS, const Package *Local) const {
  TypePrinter(OS, Local, /*ByFlag=*/false).type(this);
}

std::string Type::toString() const {
  std::string S;
  llvm::raw_string_ostream OS(S);
  print(OS);
  return S;
}

//===----------------------------------------------------------------------===//
// Predicates
//===----------------------------------------------------------------------===//

static unsigned basicInfo(const Type *T) {
  if (!T)
    return 0;
  if (auto *B = dyn_cast<Basic>(T->getUnderlying()))
    return B->getInfo();
  return 0;
}

bool goscape::isBoolean(const Type *T) { return basicInfo(T) & IsBoolean; }
bool goscape::isInteger(const Type *T) { return basicInfo(T) & IsInteger; }
bool goscape::isUnsigned(const Type *T) { return basicInfo(T) & IsUnsigned; }
bool goscape::isFloat(const Type *T) { return basicInfo(T) & IsFloat; }
bool goscape::isNumeric(const Type *T) { return basicInfo(T) & IsNumeric; }
bool goscape::isString(const Type *T) { return basicInfo(T) & IsString; }
bool goscape::isUntyped(const Type *T) {
  // Only Basic types are untyped; a Named never is.
  auto *B = dyn_cast_or_null<Basic>(T);
  return B && B->isUntyped();
}
bool goscape::isOrdered(const Type *T) { return basicInfo(T) & IsOrdered; }
bool goscape::isConstType(const Type *T) {
  return basicInfo(T) & IsConstType;
}
bool goscape::isInterface(const Type *T) {
  return T && isa<Interface>(T->getUnderlying());
}

bool goscape::isComparable(const Type *T) {
  if (!T)
    return false;
  const Type *U = T->getUnderlying();
  switch (U->getKind()) {
  case TypeKind::Basic:
    return cast<Basic>(U)->getBasicKind() != BasicKind::UntypedNil;
  case TypeKind::Pointer:
  case TypeKind::Chan:
  case TypeKind::Interface:
    return true;
  case TypeKind::Struct:
    for (const Var *F : cast<Struct>(U)->getFields())
      if (!isComparable(F->getType()))
        return false;
    return true;
  case TypeKind::Array:
    return isComparable(cast<Array>(U)->getElem());
  case TypeKind::Slice:
  case TypeKind::Map:
  case TypeKind::Signature:
  case TypeKind::Tuple:
  case TypeKind::Named:
    return false;
  }
  llvm_unreachable("covered switch over type kinds");
}

bool goscape::hasNil(const Type *T) {
  if (!T)
    return false;
  const Type *U = T->getUnderlying();
  switch (U->getKind()) {
  case TypeKind::Basic:
    return cast<Basic>(U)->getBasicKind() == BasicKind::UnsafePointer;
  case TypeKind::Pointer:
  case TypeKind::Slice:
  case TypeKind::Map:
  case TypeKind::Chan:
  case TypeKind::Signature:
  case TypeKind::Interface:
    return true;
  case TypeKind::Array:
  case TypeKind::Struct:
  case TypeKind::Tuple:
  case TypeKind::Named:
    return false;
  }
  llvm_unreachable("covered switch over type kinds");
}

//===----------------------------------------------------------------------===//
// Sizes (gc, amd64)
//===----------------------------------------------------------------------===//

static constexpr int64_t PtrSize = 8;

static int64_t roundUp(int64_t O, int64_t A) { return (O + A - 1) & ~(A - 1); }

static int64_t basicSize(BasicKind K) {
  switch (K) {
  case BasicKind::Invalid:
  case BasicKind::Bool:
  case BasicKind::Int8:
  case BasicKind::Uint8:
  case BasicKind::UntypedBool:
    return 1;
  case BasicKind::Int16:
  case BasicKind::Uint16:
    return 2;
  case BasicKind::Int32:
  case BasicKind::Uint32:
  case BasicKind::Float32:
  case BasicKind::UntypedRune:
    return 4;
  case BasicKind::Int64:
  case BasicKind::Uint64:
  case BasicKind::Float64:
  case BasicKind::Int:
  case BasicKind::Uint:
  case BasicKind::Uintptr:
  case BasicKind::UnsafePointer:
  case BasicKind::UntypedInt:
  case BasicKind::UntypedFloat:
  case BasicKind::UntypedNil:
    return 8;
  case BasicKind::String:
  case BasicKind::UntypedString:
    return 2 * PtrSize;
  }
  llvm_unreachable("covered switch over basic kinds");
}

int64_t Sizes::alignOf(const Type *T) {
  const Type *U = T->getUnderlying();
  switch (U->getKind()) {
  case TypeKind::Array:
    return alignOf(cast<Array>(U)->getElem());
  case TypeKind::Struct: {
    int64_t Max = 1;
    for (const Var *F : cast<Struct>(U)->getFields())
      Max = std::max(Max, alignOf(F->getType()));
    return Max;
  }
  case TypeKind::Slice:
  case TypeKind::Interface:
    return PtrSize;
  case TypeKind::Basic:
    if (cast<Basic>(U)->getInfo() & IsString)
      return PtrSize;
    break;
  case TypeKind::Pointer:
  case TypeKind::Map:
  case TypeKind::Chan:
  case TypeKind::Tuple:
  case TypeKind::Signature:
  case TypeKind::Named:
    break;
  }
  int64_t A = sizeOf(U);
  if (A < 1)
    return 1;
  return std::min(A, PtrSize);
}

void Sizes::offsetsOf(const Struct *S, llvm::SmallVectorImpl<int64_t> &Offs) {
  Offs.clear();
  int64_t O = 0;
  for (const Var *F : S->getFields()) {
    O = roundUp(O, alignOf(F->getType()));
    Offs.push_back(O);
    O += sizeOf(F->getType());
  }
}

int64_t Sizes::sizeOf(const Type *T) {
  const Type *U = T->getUnderlying();
  switch (U->getKind()) {
  case TypeKind::Basic:
    return basicSize(cast<Basic>(U)->getBasicKind());
  case TypeKind::Array: {
    auto *A = cast<Array>(U);
    if (A->getLen() <= 0)
      return 0;
    return sizeOf(A->getElem()) * A->getLen();
  }
  case TypeKind::Slice:
    return 3 * PtrSize;
  case TypeKind::Struct: {
    auto *S = cast<Struct>(U);
    llvm::ArrayRef<Var *> Fields = S->getFields();
    if (Fields.empty())
      return 0;
    llvm::SmallVector<int64_t, 8> Offs;
    offsetsOf(S, Offs);
    // gc: a non-zero-sized struct may not end in a zero-sized field (a
    // pointer to it would point past the object), so that field gets a byte.
    int64_t Last = sizeOf(Fields.back()->getType());
    if (Last == 0 && Offs.back() > 0)
      Last = 1;
    return roundUp(Offs.back() + Last, alignOf(S));
  }
  case TypeKind::Tuple: {
    // Laid out like a struct of its values (used for multi-value results).
    int64_t O = 0, MaxA = 1;
    for (const Var *V : cast<Tuple>(U)->getVars()) {
      int64_t A = alignOf(V->getType());
      MaxA = std::max(MaxA, A);
      O = roundUp(O, A) + sizeOf(V->getType());
    }
    return roundUp(O, MaxA);
  }
  case TypeKind::Interface:
    return 2 * PtrSize;
  case TypeKind::Pointer:
  case TypeKind::Map:
  case TypeKind::Chan:
  case TypeKind::Signature:
    return PtrSize;
  case TypeKind::Named:
    return PtrSize; // Unresolved named type; the checker reported it.
  }
  llvm_unreachable("covered switch over type kinds");
}

const Type *TypeContext::getDefaultType(const Type *T) const {
  auto *B = dyn_cast_or_null<Basic>(T);
  if (!B)
    return T;
  switch (B->getBasicKind()) {
  case BasicKind::UntypedBool:
    return getBasic(BasicKind::Bool);
  case BasicKind::UntypedInt:
    return getBasic(BasicKind::Int);
  case BasicKind::UntypedRune:
    return getRune();
  case BasicKind::UntypedFloat:
    return getBasic(BasicKind::Float64);
  case BasicKind::UntypedString:
    return getBasic(BasicKind::String);
  case BasicKind::Invalid:
  case BasicKind::Bool:
  case BasicKind::Int:
  case BasicKind::Int8:
  case BasicKind::Int16:
  case BasicKind::Int32:
  case BasicKind::Int64:
  case BasicKind::Uint:
  case BasicKind::Uint8:
  case BasicKind::Uint16:
  case BasicKind::Uint32:
  case BasicKind::Uint64:
  case BasicKind::Uintptr:
  case BasicKind::Float32:
  case BasicKind::Float64:
  case BasicKind::String:
  case BasicKind::UnsafePointer:
  case BasicKind::UntypedNil:
    return T;
  }
  llvm_unreachable("covered switch over basic kinds");
}
