//===- StdLib.cpp - The modelled standard packages ------------------------===//
//
// The one table of modelled standard declarations is the Go text below,
// written exactly as Go 1.19's sources declare them (minus bodies and
// unexported helpers; unexported struct fields are kept where they decide
// sizes or comparability, and unexported methods because they are in the
// method sets of the types embedding theirs, which gc makes wrappers
// for). A package's section is parsed when the package is first
// imported, by a small parser for this declaration subset:
//
//   package <path>                      starts a section
//   type N struct { f T; g, h U }      defined types (also interface{...})
//   func F(params) results             functions
//   func (r *N) M(params) results      methods
//   var V T                            variables
//
// one declaration per line, `;` between fields and methods in braces.
// Types refer to the predeclared types, to the section's own types, and to
// `unsafe.Pointer`. Type names are declared before anything is parsed, so
// declarations may refer to types declared later.
//
//===----------------------------------------------------------------------===//

#include "goscape/Sema/StdLib.h"
#include "goscape/Sema/Universe.h"

#include "SemaState.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ErrorHandling.h"

using namespace goscape;

static const char StdDecls[] = R"go(
package fmt
type Stringer interface { String() string }
func Errorf(format string, a ...any) error
func Print(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintf(format string, a ...any) string
func Sprintln(a ...any) string

package errors
func As(err error, target any) bool
func Is(err, target error) bool
func New(text string) error
func Unwrap(err error) error

package strconv
func Atoi(s string) (int, error)
func FormatBool(b bool) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatInt(i int64, base int) string
func Itoa(i int) string
func ParseFloat(s string, bitSize int) (float64, error)
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func Quote(s string) string

package strings
type Builder struct { addr *Builder; buf []byte }
func (b *Builder) Cap() int
func (b *Builder) Grow(n int)
func (b *Builder) Len() int
func (b *Builder) Reset()
func (b *Builder) String() string
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) copyCheck()
func (b *Builder) grow(n int)
func Contains(s, substr string) bool
func ContainsAny(s, chars string) bool
func ContainsRune(s string, r rune) bool
func Count(s, substr string) int
func Fields(s string) []string
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func IndexByte(s string, c byte) int
func Join(elems []string, sep string) string
func LastIndex(s, substr string) int
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func Split(s, sep string) []string
func SplitAfterN(s, sep string, n int) []string
func SplitN(s, sep string, n int) []string
func ToLower(s string) string
func ToUpper(s string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimPrefix(s, prefix string) string
func TrimRight(s, cutset string) string
func TrimSpace(s string) string
func TrimSuffix(s, suffix string) string

package os
var Args []string
func Environ() []string
func Exit(code int)

package sort
type Interface interface { Len() int; Less(i, j int) bool; Swap(i, j int) }
func Ints(x []int)
func Search(n int, f func(int) bool) int
func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func Sort(data Interface)
func Stable(data Interface)
func Strings(x []string)

package runtime
func GC()
func KeepAlive(x any)

package reflect
type SliceHeader struct { Data uintptr; Len int; Cap int }
type StringHeader struct { Data uintptr; Len int }
type Type interface { Name() string; String() string }
type Value struct { typ unsafe.Pointer; ptr unsafe.Pointer; flag uintptr }
func (v Value) Elem() Value
func (v Value) Pointer() uintptr
func (v Value) UnsafeAddr() uintptr
func TypeOf(i any) Type
func ValueOf(i any) Value

package sync/atomic
func AddInt32(addr *int32, delta int32) (new int32)
func AddInt64(addr *int64, delta int64) (new int64)
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)
func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)
func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)

package runtime/internal/atomic
func Casp1(ptr *unsafe.Pointer, old, new unsafe.Pointer) bool
func Loadp(ptr unsafe.Pointer) unsafe.Pointer
func StorepNoWB(ptr unsafe.Pointer, val unsafe.Pointer)

package hash/maphash
type Hash struct { _ [0]func(); seed Seed; state Seed; buf [128]byte; n int }
type Seed struct { s uint64 }
func (h *Hash) Reset()
func (h *Hash) Sum64() uint64
func (h *Hash) Write(b []byte) (int, error)
func (h *Hash) WriteByte(b byte) error
func (h *Hash) WriteString(s string) (int, error)
func MakeSeed() Seed
)go";

/// The lines of Path's section, or empty when it is not modelled.
static llvm::StringRef findSection(llvm::StringRef Path) {
  llvm::StringRef Text(StdDecls);
  std::string Header = ("\npackage " + Path + "\n").str();
  size_t Start = Text.find(Header);
  if (Start == llvm::StringRef::npos)
    return {};
  Start += Header.size();
  size_t End = Text.find("\npackage ", Start - 1);
  return Text.slice(Start, End == llvm::StringRef::npos ? Text.size() : End);
}

bool goscape::isModelledStdPackage(llvm::StringRef Path) {
  return Path == "unsafe" || !findSection(Path).empty();
}

bool goscape::isGoStdPackage(llvm::StringRef Path) {
  static const llvm::StringRef Paths[] = {
#define GS_STD_PACKAGE(P) P,
#include "StdPackages.def"
  };
  return llvm::is_contained(Paths, Path);
}

bool goscape::isGoStdExport(llvm::StringRef Path, llvm::StringRef Name) {
  struct Export {
    llvm::StringRef Path, Name;
  };
  static const Export Exports[] = {
#define GS_STD_EXPORT(P, N) {P, N},
#include "StdExports.def"
  };
  return llvm::any_of(Exports, [&](const Export &E) {
    return E.Path == Path && E.Name == Name;
  });
}

std::string goscape::unknownImportMessage(llvm::StringRef Path) {
  if (isGoStdPackage(Path))
    return ("package " + Path + " is not supported by goscape").str();
  return ("package " + Path + " is not in GOROOT (/usr/lib/go-1.19/src/" +
          Path + ")")
      .str();
}

namespace {
/// Parses one package's section of StdDecls into Pkg.
class DeclParser {
public:
  DeclParser(TypeContext &Types, Package *Pkg) : Types(Types), Pkg(Pkg) {}

  void run(llvm::StringRef Section);

private:
  // Tokens: identifiers, numbers, `...`, and single punctuation characters.
  llvm::StringRef peek() {
    skipSpace();
    if (Cur.empty())
      return {};
    if (Cur.starts_with("..."))
      return Cur.take_front(3);
    char C = Cur[0];
    if (llvm::isAlnum(C) || C == '_') {
      size_t N = 1;
      while (N < Cur.size() && (llvm::isAlnum(Cur[N]) || Cur[N] == '_'))
        ++N;
      return Cur.take_front(N);
    }
    return Cur.take_front(1);
  }
  llvm::StringRef next() {
    llvm::StringRef T = peek();
    Cur = Cur.drop_front(T.size());
    return T;
  }
  void expect(llvm::StringRef T) {
    llvm::StringRef Got = next();
    if (Got != T)
      llvm::report_fatal_error("StdLib table: expected '" + T + "', got '" +
                               Got + "'");
  }
  bool consume(llvm::StringRef T) {
    if (peek() != T)
      return false;
    next();
    return true;
  }
  void skipSpace() { Cur = Cur.ltrim(" \t"); }

  const Type *parseType();
  const Type *typeByName(llvm::StringRef Name);
  /// A parameter or result list in parentheses; Variadic set if `...T`.
  const Tuple *parseParams(VarRole Role, bool *Variadic);
  const Tuple *parseResults();
  const Signature *parseSignature(Var *Recv);
  const Struct *parseStruct();
  const Interface *parseInterface(const Type *Recv);

  TypeContext &Types;
  Package *Pkg;
  llvm::StringRef Cur;
};
} // namespace

const Type *DeclParser::typeByName(llvm::StringRef Name) {
  if (Name == "unsafe") {
    expect(".");
    expect("Pointer");
    return Types.getBasic(BasicKind::UnsafePointer);
  }
  if (Object *O = Pkg->getScope()->lookup(Name))
    return O->getType();
  static const struct {
    const char *Name;
    BasicKind Kind;
  } Basics[] = {
      {"bool", BasicKind::Bool},       {"int", BasicKind::Int},
      {"int8", BasicKind::Int8},       {"int16", BasicKind::Int16},
      {"int32", BasicKind::Int32},     {"int64", BasicKind::Int64},
      {"uint", BasicKind::Uint},       {"uint8", BasicKind::Uint8},
      {"uint16", BasicKind::Uint16},   {"uint32", BasicKind::Uint32},
      {"uint64", BasicKind::Uint64},   {"uintptr", BasicKind::Uintptr},
      {"float32", BasicKind::Float32}, {"float64", BasicKind::Float64},
      {"string", BasicKind::String}};
  for (const auto &B : Basics)
    if (Name == B.Name)
      return Types.getBasic(B.Kind);
  if (Name == "byte")
    return Types.getByte();
  if (Name == "rune")
    return Types.getRune();
  if (Name == "error")
    return getErrorType(Types);
  if (Name == "any")
    return Types.getAny();
  llvm::report_fatal_error("StdLib table: unknown type " + Name);
}

const Type *DeclParser::parseType() {
  llvm::StringRef T = next();
  if (T == "*")
    return Types.getPointer(parseType());
  if (T == "[") {
    if (consume("]"))
      return Types.getSlice(parseType());
    int64_t Len = 0;
    if (next().getAsInteger(10, Len))
      llvm::report_fatal_error("StdLib table: bad array length");
    expect("]");
    return Types.getArray(parseType(), Len);
  }
  if (T == "map") {
    expect("[");
    const Type *K = parseType();
    expect("]");
    return Types.getMap(K, parseType());
  }
  if (T == "func")
    return parseSignature(nullptr);
  if (T == "struct")
    return parseStruct();
  if (T == "interface")
    return parseInterface(nullptr);
  return typeByName(T);
}

const Tuple *DeclParser::parseParams(VarRole Role, bool *Variadic) {
  expect("(");
  // Items are `T`, `name T` or (when grouped) a bare `name`.
  struct Item {
    llvm::StringRef Name;
    const Type *Ty;
    llvm::StringRef Ident; // A lone identifier: a name or a type name.
  };
  llvm::SmallVector<Item, 4> Items;
  bool Named = false;
  while (!consume(")")) {
    Item It{};
    llvm::StringRef T = peek();
    bool Ident = llvm::isAlpha(T[0]) || T[0] == '_';
    if (Ident && T != "func" && T != "map" && T != "struct" &&
        T != "interface") {
      next();
      llvm::StringRef After = peek();
      if (After == "," || After == ")") {
        It.Ident = T;
      } else if (After == ".") {
        It.Ty = typeByName(T);
      } else {
        It.Name = T;
        Named = true;
        if (consume("...")) {
          It.Ty = Types.getSlice(parseType());
          *Variadic = true;
        } else {
          It.Ty = parseType();
        }
      }
    } else if (consume("...")) {
      It.Ty = Types.getSlice(parseType());
      *Variadic = true;
    } else {
      It.Ty = parseType();
    }
    Items.push_back(It);
    consume(",");
  }
  llvm::SmallVector<Var *, 4> Vars;
  for (size_t I = 0; I != Items.size(); ++I) {
    Item &It = Items[I];
    llvm::StringRef Name = It.Name;
    const Type *Ty = It.Ty;
    if (!It.Ident.empty()) {
      if (Named) {
        Name = It.Ident;
        for (size_t J = I + 1; J != Items.size() && !Ty; ++J)
          Ty = Items[J].Ty;
      } else {
        Ty = typeByName(It.Ident);
      }
    }
    Vars.push_back(Types.createObject<Var>(SourceLoc(), Pkg, Name, Ty, Role));
  }
  return Types.getTuple(Vars);
}

const Tuple *DeclParser::parseResults() {
  llvm::StringRef T = peek();
  if (T.empty() || T == ";" || T == "}" || T == "\n" || T == "," ||
      T == ")")
    return Types.getEmptyTuple();
  bool Variadic = false;
  if (T == "(")
    return parseParams(VarRole::Result, &Variadic);
  Var *V = Types.createObject<Var>(SourceLoc(), Pkg, "", parseType(),
                                   VarRole::Result);
  return Types.getTuple({V});
}

const Signature *DeclParser::parseSignature(Var *Recv) {
  bool Variadic = false;
  const Tuple *Params = parseParams(VarRole::Param, &Variadic);
  const Tuple *Results = parseResults();
  return Types.getSignature(Recv, Params, Results, Variadic);
}

const Struct *DeclParser::parseStruct() {
  expect("{");
  llvm::SmallVector<Var *, 8> Fields;
  while (!consume("}")) {
    llvm::SmallVector<llvm::StringRef, 2> Names{next()};
    while (consume(","))
      Names.push_back(next());
    const Type *Ty = parseType();
    for (llvm::StringRef N : Names)
      Fields.push_back(
          Types.createObject<Var>(SourceLoc(), Pkg, N, Ty, VarRole::Field));
    consume(";");
  }
  return Types.getStruct(Fields, {});
}

const Interface *DeclParser::parseInterface(const Type *Recv) {
  expect("{");
  llvm::SmallVector<Func *, 8> Methods;
  // Interface methods' receivers have the (named) interface type.
  Var *RecvVar = Types.createObject<Var>(SourceLoc(), Pkg, "", Recv,
                                         VarRole::Recv);
  while (!consume("}")) {
    llvm::StringRef Name = next();
    const Signature *Sig = parseSignature(RecvVar);
    Methods.push_back(
        Types.createObject<Func>(SourceLoc(), Pkg, Name, Sig, nullptr));
    consume(";");
  }
  const Interface *I = Types.getInterface(Methods, {});
  llvm::sort(Methods, [](const Func *A, const Func *B) {
    return A->getName() < B->getName();
  });
  I->setAllMethods(Types.copyArray<Func *>(Methods));
  return I;
}

void DeclParser::run(llvm::StringRef Section) {
  llvm::SmallVector<llvm::StringRef, 32> Lines;
  Section.split(Lines, '\n', -1, /*KeepEmpty=*/false);
  Scope *S = Pkg->getScope();
  // Declare the type names first.
  for (llvm::StringRef L : Lines) {
    if (!L.consume_front("type "))
      continue;
    llvm::StringRef Name = L.take_until([](char C) { return C == ' '; });
    auto *TN = Types.createObject<TypeName>(SourceLoc(), Pkg, Name, nullptr);
    TN->setType(Types.createNamed(TN));
    S->insert(TN);
  }
  for (llvm::StringRef L : Lines) {
    Cur = L;
    llvm::StringRef Kw = next();
    if (Kw == "type") {
      auto *TN = llvm::cast<TypeName>(S->lookup(next()));
      auto *N = llvm::cast<Named>(TN->getType());
      if (peek() == "interface") {
        next();
        N->setUnderlying(parseInterface(N));
      } else {
        N->setUnderlying(parseType()->getUnderlying());
      }
    } else if (Kw == "var") {
      llvm::StringRef Name = next();
      S->insert(Types.createObject<Var>(SourceLoc(), Pkg, Name, parseType(),
                                        VarRole::Package));
    } else if (Kw == "func") {
      Var *Recv = nullptr;
      const Named *RecvNamed = nullptr;
      if (consume("(")) {
        llvm::StringRef RName = next();
        bool Ptr = consume("*");
        RecvNamed = llvm::cast<Named>(typeByName(next()));
        expect(")");
        const Type *RT = RecvNamed;
        if (Ptr)
          RT = Types.getPointer(RT);
        Recv = Types.createObject<Var>(SourceLoc(), Pkg, RName, RT,
                                       VarRole::Recv);
      }
      llvm::StringRef Name = next();
      const Signature *Sig = parseSignature(Recv);
      auto *F = Types.createObject<Func>(SourceLoc(), Pkg, Name, Sig, nullptr);
      if (RecvNamed)
        RecvNamed->addMethod(F, Types.getAllocator());
      else
        S->insert(F);
    } else {
      llvm::report_fatal_error("StdLib table: bad declaration " + L);
    }
  }
}

Package *goscape::lookupStdPackage(TypeContext &Types, llvm::StringRef Path) {
  if (Path == "unsafe")
    return getUnsafePackage(Types);
  TypeContext::SemaState &State = getSemaState(Types);
  auto It = State.StdPackages.find(Path);
  if (It != State.StdPackages.end())
    return It->second;
  llvm::StringRef Section = findSection(Path);
  if (Section.empty())
    return nullptr;
  llvm::StringRef Name = Path.rsplit('/').second;
  if (Name.empty())
    Name = Path;
  // The package scope's parent is the universe in types2; modelled
  // packages resolve predeclared names themselves, so none is needed here.
  Package *Pkg = Types.createPackage(Path, Name, nullptr);
  Pkg->setImported();
  DeclParser(Types, Pkg).run(Section);
  State.StdPackages[Path] = Pkg;
  return Pkg;
}

Package *goscape::importStdPackage(TypeContext &Types, ConstantContext &Consts,
                                   llvm::StringRef Path) {
  return lookupStdPackage(Types, Path);
}
