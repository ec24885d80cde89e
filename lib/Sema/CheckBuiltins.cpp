//===- CheckBuiltins.cpp - Calls of builtin functions ---------------------===//
//
// types2's builtins.go for the builtins of the subset: argument counts
// ("not enough arguments for len() (expected 1, found 0)"), the
// per-builtin argument rules, and constant results (len of a constant
// string or of an array without calls or receives, unsafe.Sizeof,
// Alignof and Offsetof). complex, real and imag are rejected: complex
// numbers are not in the language.
//
//===----------------------------------------------------------------------===//

#include "Checker.h"

using namespace goscape;
using namespace goscape::sema;

namespace {
struct BuiltinInfo {
  const char *Name;
  unsigned NArgs;
  bool Variadic;
};
} // namespace

static BuiltinInfo infoOf(BuiltinId Id) {
  switch (Id) {
  case BuiltinId::Append: return {"append", 1, true};
  case BuiltinId::Cap: return {"cap", 1, false};
  case BuiltinId::Close: return {"close", 1, false};
  case BuiltinId::Complex: return {"complex", 2, false};
  case BuiltinId::Copy: return {"copy", 2, false};
  case BuiltinId::Delete: return {"delete", 2, false};
  case BuiltinId::Imag: return {"imag", 1, false};
  case BuiltinId::Len: return {"len", 1, false};
  case BuiltinId::Make: return {"make", 1, true};
  case BuiltinId::New: return {"new", 1, false};
  case BuiltinId::Panic: return {"panic", 1, false};
  case BuiltinId::Print: return {"print", 0, true};
  case BuiltinId::Println: return {"println", 0, true};
  case BuiltinId::Real: return {"real", 1, false};
  case BuiltinId::Recover: return {"recover", 0, false};
  case BuiltinId::Add: return {"Add", 2, false};
  case BuiltinId::Alignof: return {"Alignof", 1, false};
  case BuiltinId::Offsetof: return {"Offsetof", 1, false};
  case BuiltinId::Sizeof: return {"Sizeof", 1, false};
  case BuiltinId::Slice: return {"Slice", 2, false};
  }
  return {"?", 0, false};
}

bool Checker::builtin(Operand &X, CallExpr *Call, BuiltinId Id) {
  BuiltinInfo Info = infoOf(Id);
  llvm::ArrayRef<Expr *> ArgExprs = Call->getArgs();
  if (Call->hasDots() && Id != BuiltinId::Append) {
    error(Call->getStartLoc(), DiagId::DotsWithBuiltin, Info.Name);
    useExprs(ArgExprs);
    return false;
  }
  if (Id == BuiltinId::Complex || Id == BuiltinId::Real ||
      Id == BuiltinId::Imag) {
    error(Call->getStartLoc(), DiagId::ComplexUnsupported);
    useExprs(ArgExprs);
    return false;
  }
  bool SavedCallOrRecv = HasCallOrRecv;
  if (Id == BuiltinId::Len || Id == BuiltinId::Cap)
    HasCallOrRecv = false;
  struct Restore {
    bool &Ref;
    bool Saved;
    bool Active;
    ~Restore() {
      if (Active)
        Ref = Saved;
    }
  } R{HasCallOrRecv, SavedCallOrRecv,
      Id == BuiltinId::Len || Id == BuiltinId::Cap};

  llvm::SmallVector<Operand, 4> Args;
  size_t NArgs = ArgExprs.size();
  bool Lazy = Id == BuiltinId::Make || Id == BuiltinId::New ||
              Id == BuiltinId::Offsetof;
  if (!Lazy) {
    argList(ArgExprs, Args, false);
    NArgs = Args.size();
    if (NArgs > 0) {
      X = Args[0];
      if (X.isInvalid())
        return false;
    }
  }
  {
    const char *Msg = nullptr;
    if (NArgs < Info.NArgs)
      Msg = "not enough";
    else if (!Info.Variadic && NArgs > Info.NArgs)
      Msg = "too many";
    if (Msg) {
      error(Call->getStartLoc(), DiagId::BuiltinArgCount, Msg,
            exprString(Call), Info.NArgs, NArgs);
      return false;
    }
  }
  const Type *IntT = Types.getBasic(BasicKind::Int);
  switch (Id) {
  case BuiltinId::Append: {
    const Type *S = X.Ty;
    auto *SL = llvm::dyn_cast_or_null<Slice>(S->getUnderlying());
    if (!SL) {
      std::string Cause = X.Mode == ExprMode::Nil
                              ? std::string("have untyped nil")
                              : "have " + operandString(X);
      error(posOf(X), DiagId::AppendFirstNotSlice, Cause);
      return false;
    }
    if (NArgs == 2 && Call->hasDots()) {
      Operand Y = Args[1];
      if (Y.isInvalid())
        return false;
      Operand Tmp = X;
      if (assignableTo(Tmp, Types.getSlice(Types.getByte()), nullptr) &&
          isString(Y.Ty)) {
        if (isUntyped(Y.Ty))
          convertUntyped(Y, Types.getBasic(BasicKind::String));
        X.Mode = ExprMode::Value;
        X.Ty = S;
        break;
      }
    }
    // Check the arguments against func(S, ...T) S.
    Var *P0 = Types.createObject<Var>(SourceLoc(), Pkg, "", S, VarRole::Param);
    Var *P1 = Types.createObject<Var>(SourceLoc(), Pkg, "",
                                      Types.getSlice(SL->getElem()),
                                      VarRole::Param);
    Var *Ps[] = {P0, P1};
    const Signature *Sig = Types.getSignature(
        nullptr, Types.getTuple(Types.copyArray<Var *>(Ps)),
        Types.getTuple(Types.copyArray<Var *>(llvm::ArrayRef<Var *>(P0))),
        true);
    arguments(Call, Sig, Args, Call->hasDots(), Call->getFun());
    X.Mode = ExprMode::Value;
    X.Ty = S;
    break;
  }
  case BuiltinId::Cap:
  case BuiltinId::Len: {
    ExprMode Mode = ExprMode::Invalid;
    const Constant *Val = nullptr;
    const Type *U = X.Ty->getUnderlying();
    if (auto *P = llvm::dyn_cast_or_null<Pointer>(U))
      if (auto *A = llvm::dyn_cast_or_null<Array>(P->getElem()->getUnderlying()))
        U = A;
    if (U) {
      if (isString(U) && Id == BuiltinId::Len) {
        if (X.Mode == ExprMode::Constant) {
          Mode = ExprMode::Constant;
          Val = Consts.getInt64(X.Val->isUnknown()
                                    ? 0
                                    : int64_t(X.Val->getString().size()));
          if (X.Val->isUnknown())
            Val = Consts.getUnknown();
        } else {
          Mode = ExprMode::Value;
        }
      } else if (auto *A = llvm::dyn_cast<Array>(U)) {
        Mode = ExprMode::Value;
        if (!HasCallOrRecv) {
          Mode = ExprMode::Constant;
          Val = A->getLen() >= 0 ? Consts.getInt64(A->getLen())
                                 : Consts.getUnknown();
        }
      } else if (llvm::isa<Slice>(U) || llvm::isa<Chan>(U)) {
        Mode = ExprMode::Value;
      } else if (llvm::isa<Map>(U) && Id == BuiltinId::Len) {
        Mode = ExprMode::Value;
      }
    }
    if (Mode == ExprMode::Invalid) {
      if (X.Ty->getUnderlying() != Invalid)
        error(posOf(X), DiagId::InvalidArgFor, operandString(X), Info.Name);
      return false;
    }
    if (Mode != ExprMode::Constant && isUntyped(X.Ty))
      convertUntyped(X, defaultType(X.Ty));
    X.Mode = Mode;
    X.Ty = IntT;
    X.Val = Val;
    break;
  }
  case BuiltinId::Close: {
    auto *Ch = llvm::dyn_cast_or_null<Chan>(X.Ty->getUnderlying());
    if (!Ch) {
      error(posOf(X), DiagId::CloseNonChan, operandString(X));
      return false;
    }
    if (Ch->getDir() == ChanDirection::RecvOnly) {
      error(posOf(X), DiagId::CloseRecvOnly, operandString(X));
      return false;
    }
    X.Mode = ExprMode::NoValue;
    break;
  }
  case BuiltinId::Copy: {
    auto *Dst = llvm::dyn_cast_or_null<Slice>(X.Ty->getUnderlying());
    Operand Y = Args[1];
    if (Y.isInvalid())
      return false;
    const Type *Src0 = Y.Ty->getUnderlying();
    const Slice *Src = nullptr;
    if (Src0 && isString(Src0))
      Src = Types.getSlice(Types.getByte());
    else
      Src = llvm::dyn_cast_or_null<Slice>(Src0);
    if (!Dst || !Src) {
      error(posOf(X), DiagId::CopyExpectsSlices, operandString(X),
            operandString(Y));
      return false;
    }
    if (!identical(Dst->getElem(), Src->getElem())) {
      error(posOf(X), DiagId::CopyDifferentElems, operandString(X),
            operandString(Y), typeString(Dst->getElem()),
            typeString(Src->getElem()));
      return false;
    }
    if (isUntyped(Y.Ty))
      convertUntyped(Y, Types.getBasic(BasicKind::String));
    X.Mode = ExprMode::Value;
    X.Ty = IntT;
    break;
  }
  case BuiltinId::Delete: {
    auto *M = llvm::dyn_cast_or_null<Map>(X.Ty->getUnderlying());
    if (!M) {
      error(posOf(X), DiagId::NotAMap, operandString(X));
      return false;
    }
    X = Args[1];
    if (X.isInvalid())
      return false;
    std::string Ctx = "argument to delete";
    std::string *Saved = CurArgContext;
    CurArgContext = &Ctx;
    assignment(X, M->getKey(), AssignContext::Argument);
    CurArgContext = Saved;
    if (X.isInvalid())
      return false;
    X.Mode = ExprMode::NoValue;
    break;
  }
  case BuiltinId::Make: {
    Expr *Arg0 = ArgExprs[0];
    const Type *T = varType(Arg0);
    if (T == Invalid)
      return false;
    unsigned Min;
    const Type *U = T->getUnderlying();
    if (llvm::isa_and_nonnull<Slice>(U))
      Min = 2;
    else if (llvm::isa_and_nonnull<Map>(U) || llvm::isa_and_nonnull<Chan>(U))
      Min = 1;
    else {
      error(Arg0->getStartLoc(), DiagId::CannotMake, exprString(Arg0));
      return false;
    }
    if (NArgs < Min || Min + 1 < NArgs) {
      error(Call->getStartLoc(), DiagId::MakeArgCount, exprString(Call), Min,
            Min + 1, NArgs);
      return false;
    }
    llvm::SmallVector<int64_t, 2> SizesV;
    for (Expr *A : ArgExprs.drop_front()) {
      int64_t Size = -1;
      index(A, -1, &Size);
      if (Size >= 0)
        SizesV.push_back(Size);
    }
    if (SizesV.size() == 2 && SizesV[0] > SizesV[1])
      error(ArgExprs[1]->getStartLoc(), DiagId::LenCapSwapped);
    SizedCalls.push_back({Call->getLoc(), T});
    X.Mode = ExprMode::Value;
    X.Ty = T;
    break;
  }
  case BuiltinId::New: {
    const Type *T = varType(ArgExprs[0]);
    if (T == Invalid)
      return false;
    SizedCalls.push_back({Call->getLoc(), T});
    X.Mode = ExprMode::Value;
    X.Ty = Types.getPointer(T);
    break;
  }
  case BuiltinId::Panic: {
    PanicCalls.insert(Call);
    std::string Ctx = "argument to panic";
    std::string *Saved = CurArgContext;
    CurArgContext = &Ctx;
    assignment(X, Types.getEmptyInterface(), AssignContext::Argument);
    CurArgContext = Saved;
    if (X.isInvalid())
      return false;
    X.Mode = ExprMode::NoValue;
    break;
  }
  case BuiltinId::Print:
  case BuiltinId::Println: {
    std::string Ctx = std::string("argument to ") + Info.Name;
    for (size_t I = 0; I != NArgs; ++I) {
      if (I > 0)
        X = Args[I];
      if (X.isInvalid())
        return false;
      std::string *Saved = CurArgContext;
      CurArgContext = &Ctx;
      assignment(X, nullptr, AssignContext::Argument);
      CurArgContext = Saved;
      if (X.isInvalid())
        return false;
    }
    X.Mode = ExprMode::NoValue;
    break;
  }
  case BuiltinId::Recover:
    X.Mode = ExprMode::Value;
    X.Ty = Types.getEmptyInterface();
    break;
  case BuiltinId::Add: {
    std::string Ctx = "argument to unsafe.Add";
    std::string *Saved = CurArgContext;
    CurArgContext = &Ctx;
    assignment(X, Types.getBasic(BasicKind::UnsafePointer),
               AssignContext::Argument);
    CurArgContext = Saved;
    if (X.isInvalid())
      return false;
    Operand Y = Args[1];
    if (!isValidIndex(Y, "length", true))
      return false;
    X.Mode = ExprMode::Value;
    X.Ty = Types.getBasic(BasicKind::UnsafePointer);
    break;
  }
  case BuiltinId::Slice: {
    auto *P = llvm::dyn_cast_or_null<Pointer>(X.Ty->getUnderlying());
    if (!P) {
      error(posOf(X), DiagId::NotAPointer, operandString(X));
      return false;
    }
    Operand Y = Args[1];
    if (!isValidIndex(Y, "length", false))
      return false;
    X.Mode = ExprMode::Value;
    X.Ty = Types.getSlice(P->getElem());
    break;
  }
  case BuiltinId::Alignof:
  case BuiltinId::Sizeof: {
    std::string Ctx = std::string("argument to unsafe.") + Info.Name;
    std::string *Saved = CurArgContext;
    CurArgContext = &Ctx;
    assignment(X, nullptr, AssignContext::Argument);
    CurArgContext = Saved;
    if (X.isInvalid())
      return false;
    int64_t V = Id == BuiltinId::Sizeof ? Sizes::sizeOf(X.Ty)
                                        : Sizes::alignOf(X.Ty);
    X.Mode = ExprMode::Constant;
    X.Val = Consts.getInt64(V);
    X.Ty = Types.getBasic(BasicKind::Uintptr);
    break;
  }
  case BuiltinId::Offsetof: {
    Expr *Arg0 = unparen(ArgExprs[0]);
    auto *Sel = llvm::dyn_cast<SelectorExpr>(Arg0);
    if (!Sel) {
      error(Arg0->getStartLoc(), DiagId::NotASelector, exprString(Arg0));
      return false;
    }
    expr(X, Sel->getX());
    if (X.isInvalid())
      return false;
    // types2's derefStructPtr: a pointer to a struct stands for the struct.
    const Type *Base = X.Ty;
    if (auto *P = llvm::dyn_cast_or_null<Pointer>(Base->getUnderlying());
        P && P->getElem() &&
        llvm::isa_and_nonnull<Struct>(P->getElem()->getUnderlying()))
      Base = P->getElem();
    LookupResult R =
        lookupFieldOrMethod(Base, false, Sel->getSel()->getValue());
    Object *O = R.Obj;
    llvm::ArrayRef<unsigned> Path = R.Index;
    auto *F = llvm::dyn_cast_or_null<Var>(O);
    if (!O) {
      error(posOf(X), DiagId::NoSingleField, typeString(Base),
            Sel->getSel()->getValue());
      return false;
    }
    if (!F) {
      error(Arg0->getStartLoc(), DiagId::IsMethodValue, exprString(Arg0));
      return false;
    }
    Sel->getSel()->setObject(F);
    // Sum the offsets along the path.
    int64_t Off = 0;
    const Type *T = Base;
    for (unsigned I : Path) {
      if (auto *PT = llvm::dyn_cast<Pointer>(T->getUnderlying())) {
        if (T != Base) {
          error(posOf(X), DiagId::EmbeddedViaPointer,
                Sel->getSel()->getValue(), typeString(Base));
          return false;
        }
        T = PT->getElem();
      }
      auto *ST = llvm::cast<Struct>(T->getUnderlying());
      llvm::SmallVector<int64_t, 8> Offs;
      Sizes::offsetsOf(ST, Offs);
      Off += Offs[I];
      T = ST->getFields()[I]->getType();
    }
    Sel->setType(F->getType());
    Result.setMode(Sel, ExprMode::Variable);
    X.Mode = ExprMode::Constant;
    X.Val = Consts.getInt64(Off);
    X.Ty = Types.getBasic(BasicKind::Uintptr);
    break;
  }
  case BuiltinId::Complex:
  case BuiltinId::Real:
  case BuiltinId::Imag:
    return false;
  }
  if (X.Mode == ExprMode::NoValue)
    X.Ty = Types.getEmptyTuple();
  if (X.Mode != ExprMode::Invalid && X.Mode != ExprMode::Constant)
    HasCallOrRecv = true;
  R.Saved = R.Saved || (X.Mode != ExprMode::Constant);
  return true;
}
