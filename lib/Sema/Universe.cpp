//===- Universe.cpp - The universe scope and package unsafe ---------------===//
//
// Declares Go's predeclared identifiers in types2's order (types, constants,
// nil, builtins) and the unsafe package, once per TypeContext.
//
//===----------------------------------------------------------------------===//

#include "goscape/Sema/Universe.h"
#include "goscape/AST/Constant.h"

#include "SemaState.h"

using namespace goscape;

TypeContext::SemaState &goscape::getSemaState(TypeContext &Types) {
  if (TypeContext::SemaState *S = Types.getSemaState())
    return *S;
  auto *S = new TypeContext::SemaState();
  Types.setSemaState(S, [](TypeContext::SemaState *S) { delete S; });
  return *S;
}

static void buildError(TypeContext &Types, TypeContext::SemaState &S) {
  auto *Obj = Types.createObject<TypeName>(SourceLoc(), nullptr, "error",
                                           nullptr);
  const Named *N = Types.createNamed(Obj);
  Obj->setType(N);
  Var *Recv = Types.createObject<Var>(SourceLoc(), nullptr, "", N,
                                      VarRole::Recv);
  Var *Res = Types.createObject<Var>(SourceLoc(), nullptr, "",
                                     Types.getBasic(BasicKind::String),
                                     VarRole::Result);
  const Signature *Sig = Types.getSignature(
      Recv, Types.getEmptyTuple(), Types.getTuple({Res}), false);
  Func *M = Types.createObject<Func>(SourceLoc(), nullptr, "Error", Sig,
                                     nullptr);
  const Interface *I = Types.getInterface({M}, {});
  I->setAllMethods(Types.copyArray<Func *>({M}));
  N->setUnderlying(I);
  S.Error = N;
  S.ErrorMethod = M;
}

const Named *goscape::getErrorType(TypeContext &Types) {
  TypeContext::SemaState &S = getSemaState(Types);
  if (!S.Error)
    buildError(Types, S);
  return S.Error;
}

Func *goscape::getErrorMethod(TypeContext &Types) {
  getErrorType(Types);
  return getSemaState(Types).ErrorMethod;
}

Package *goscape::getUnsafePackage(TypeContext &Types) {
  TypeContext::SemaState &S = getSemaState(Types);
  if (S.Unsafe)
    return S.Unsafe;
  // types2's unsafe package scope has the universe as parent; the universe
  // may not exist yet (it needs constants), and lookups in unsafe never
  // fall through to it, so the scope has no parent.
  Package *P = Types.createPackage("unsafe", "unsafe", nullptr);
  P->setImported();
  Scope *Sc = P->getScope();
  Sc->insert(Types.createObject<TypeName>(
      SourceLoc(), P, "Pointer", Types.getBasic(BasicKind::UnsafePointer)));
  static const struct {
    const char *Name;
    BuiltinId Id;
  } Fns[] = {{"Add", BuiltinId::Add},
             {"Alignof", BuiltinId::Alignof},
             {"Offsetof", BuiltinId::Offsetof},
             {"Sizeof", BuiltinId::Sizeof},
             {"Slice", BuiltinId::Slice}};
  for (const auto &F : Fns)
    Sc->insert(Types.createObject<Builtin>(F.Name, F.Id, P));
  S.Unsafe = P;
  return P;
}

Scope *goscape::getUniverse(TypeContext &Types, ConstantContext &Consts) {
  TypeContext::SemaState &S = getSemaState(Types);
  if (S.Universe)
    return S.Universe;
  Scope *U = Types.createScope(nullptr, "universe");
  auto DeclareType = [&](llvm::StringRef Name, const Type *T) {
    U->insert(Types.createObject<TypeName>(SourceLoc(), nullptr, Name, T));
  };
  static const BasicKind Kinds[] = {
      BasicKind::Bool,    BasicKind::Int,     BasicKind::Int8,
      BasicKind::Int16,   BasicKind::Int32,   BasicKind::Int64,
      BasicKind::Uint,    BasicKind::Uint8,   BasicKind::Uint16,
      BasicKind::Uint32,  BasicKind::Uint64,  BasicKind::Uintptr,
      BasicKind::Float32, BasicKind::Float64, BasicKind::String};
  for (BasicKind K : Kinds)
    DeclareType(Types.getBasic(K)->getName(), Types.getBasic(K));
  DeclareType("byte", Types.getByte());
  DeclareType("rune", Types.getRune());
  const Named *Err = getErrorType(Types);
  U->insert(Err->getObject());
  DeclareType("any", Types.getAny());

  const Basic *UBool = Types.getBasic(BasicKind::UntypedBool);
  U->insert(Types.createObject<Const>(SourceLoc(), nullptr, "true", UBool,
                                      Consts.getBool(true)));
  U->insert(Types.createObject<Const>(SourceLoc(), nullptr, "false", UBool,
                                      Consts.getBool(false)));
  U->insert(Types.createObject<Const>(SourceLoc(), nullptr, "iota",
                                      Types.getBasic(BasicKind::UntypedInt),
                                      Consts.getInt64(0)));
  U->insert(
      Types.createObject<Nil>(Types.getBasic(BasicKind::UntypedNil)));

  static const struct {
    const char *Name;
    BuiltinId Id;
  } Fns[] = {{"append", BuiltinId::Append},   {"cap", BuiltinId::Cap},
             {"close", BuiltinId::Close},     {"complex", BuiltinId::Complex},
             {"copy", BuiltinId::Copy},       {"delete", BuiltinId::Delete},
             {"imag", BuiltinId::Imag},       {"len", BuiltinId::Len},
             {"make", BuiltinId::Make},       {"new", BuiltinId::New},
             {"panic", BuiltinId::Panic},     {"print", BuiltinId::Print},
             {"println", BuiltinId::Println}, {"real", BuiltinId::Real},
             {"recover", BuiltinId::Recover}};
  for (const auto &F : Fns)
    U->insert(Types.createObject<Builtin>(F.Name, F.Id));
  S.Universe = U;
  return U;
}
