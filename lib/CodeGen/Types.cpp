//===- Types.cpp - Go types as LLVM types ---------------------------------===//
//
// Go's amd64 layouts map onto LLVM's x86-64 data layout field for field:
// LLVM aligns i64/double/ptr to 8 like gc, so an LLVM struct of the Go
// fields has gc's offsets and size (checked against Sizes below).
//
//===----------------------------------------------------------------------===//

#include "CodeGenImpl.h"

#include "goscape/AST/Object.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"

using namespace goscape;
using namespace goscape::codegen;

llvm::Type *ModuleCodeGen::llvmType(const Type *T) {
  if (llvm::Type *Cached = TypeCache.lookup(T))
    return Cached;
  const Type *U = T->getUnderlying();
  llvm::Type *R = nullptr;
  switch (U->getKind()) {
  case TypeKind::Basic: {
    switch (llvm::cast<Basic>(U)->getBasicKind()) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool:
      R = llvm::Type::getInt1Ty(Ctx);
      break;
    case BasicKind::Int8:
    case BasicKind::Uint8:
      R = llvm::Type::getInt8Ty(Ctx);
      break;
    case BasicKind::Int16:
    case BasicKind::Uint16:
      R = llvm::Type::getInt16Ty(Ctx);
      break;
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::UntypedRune:
      R = llvm::Type::getInt32Ty(Ctx);
      break;
    case BasicKind::Float32:
      R = llvm::Type::getFloatTy(Ctx);
      break;
    case BasicKind::Float64:
    case BasicKind::UntypedFloat:
      R = llvm::Type::getDoubleTy(Ctx);
      break;
    case BasicKind::String:
    case BasicKind::UntypedString:
      R = StringTy;
      break;
    case BasicKind::UnsafePointer:
    case BasicKind::UntypedNil:
      R = PtrTy;
      break;
    default:
      R = IntTy;
      break;
    }
    break;
  }
  case TypeKind::Pointer:
  case TypeKind::Map:
  case TypeKind::Chan:
  case TypeKind::Signature:
    R = PtrTy;
    break;
  case TypeKind::Slice:
    R = SliceTy;
    break;
  case TypeKind::Interface:
    R = IfaceTy;
    break;
  case TypeKind::Array: {
    auto *A = llvm::cast<Array>(U);
    R = llvm::ArrayType::get(llvmType(A->getElem()), A->getLen());
    break;
  }
  case TypeKind::Struct: {
    std::vector<llvm::Type *> Fields;
    for (Var *V : llvm::cast<Struct>(U)->getFields())
      Fields.push_back(llvmType(V->getType()));
    R = llvm::StructType::get(Ctx, Fields);
    break;
  }
  case TypeKind::Tuple: {
    std::vector<llvm::Type *> Elems;
    for (Var *V : llvm::cast<Tuple>(U)->getVars())
      Elems.push_back(llvmType(V->getType()));
    R = llvm::StructType::get(Ctx, Elems);
    break;
  }
  case TypeKind::Named:
    llvm_unreachable("underlying type is never Named");
  }
  TypeCache[T] = R;
  return R;
}

bool ModuleCodeGen::isLarge(const Type *T) {
  const Type *U = T->getUnderlying();
  if (auto *TT = llvm::dyn_cast<Tuple>(U))
    return llvm::any_of(TT->getVars(),
                        [](Var *V) { return isLarge(V->getType()); });
  return llvm::isa<Array, Struct>(U) && sizeOf(U) > LargeValueSize;
}

llvm::Type *ModuleCodeGen::valueType(const Type *T) {
  return isLarge(T) ? PtrTy : llvmType(T);
}

bool ModuleCodeGen::returnsInMemory(const Signature *Sig) {
  const Tuple *Res = Sig->getResults();
  if (!Res || Res->size() == 0)
    return false;
  return Res->size() == 1 ? isLarge(Res->getVars()[0]->getType())
                          : isLarge(Res);
}

llvm::Type *ModuleCodeGen::resultType(const Signature *Sig) {
  const Tuple *Res = Sig->getResults();
  if (!Res || Res->size() == 0 || returnsInMemory(Sig))
    return llvm::Type::getVoidTy(Ctx);
  if (Res->size() == 1)
    return llvmType(Res->getVars()[0]->getType());
  return llvmType(Res);
}

llvm::FunctionType *ModuleCodeGen::funcType(const Signature *Sig,
                                            bool WithRecv) {
  std::vector<llvm::Type *> Params{PtrTy};
  if (WithRecv && Sig->getRecv())
    Params.push_back(valueType(Sig->getRecv()->getType()));
  if (const Tuple *Ps = Sig->getParams())
    for (Var *V : Ps->getVars())
      Params.push_back(valueType(V->getType()));
  if (returnsInMemory(Sig))
    Params.push_back(PtrTy);
  return llvm::FunctionType::get(resultType(Sig), Params, false);
}

void ModuleCodeGen::addLargeValueAttributes(llvm::Function *Fn,
                                            const Signature *Sig) {
  const llvm::DataLayout &DL = LM->getDataLayout();
  auto Mark = [&](unsigned Arg, const Type *T, bool Out) {
    llvm::Type *Ty = llvmType(T);
    Fn->addParamAttr(Arg, llvm::Attribute::NoAlias);
    Fn->addParamAttr(Arg, llvm::Attribute::NoCapture);
    Fn->addParamAttr(Arg, Out ? llvm::Attribute::WriteOnly
                              : llvm::Attribute::ReadOnly);
    Fn->addParamAttr(Arg, llvm::Attribute::getWithDereferenceableBytes(
                              Ctx, DL.getTypeAllocSize(Ty)));
    Fn->addParamAttr(Arg, llvm::Attribute::getWithAlignment(
                              Ctx, DL.getABITypeAlign(Ty)));
  };
  unsigned Arg = 1;
  std::vector<const Type *> Params;
  if (Sig->getRecv())
    Params.push_back(Sig->getRecv()->getType());
  if (const Tuple *Ps = Sig->getParams())
    for (Var *V : Ps->getVars())
      Params.push_back(V->getType());
  for (const Type *T : Params) {
    if (isLarge(T))
      Mark(Arg, T, false);
    ++Arg;
  }
  if (returnsInMemory(Sig)) {
    const Tuple *Res = Sig->getResults();
    Mark(Arg, Res->size() == 1 ? Res->getVars()[0]->getType() : Res, true);
  }
}

llvm::GlobalVariable *ModuleCodeGen::zeroGlobal(llvm::Type *Ty) {
  llvm::GlobalVariable *&GV = ZeroGlobals[Ty];
  if (!GV) {
    GV = new llvm::GlobalVariable(*LM, Ty, /*isConstant=*/true,
                                  llvm::GlobalValue::PrivateLinkage,
                                  llvm::Constant::getNullValue(Ty), "zero");
    GV->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    GV->setAlignment(llvm::Align(8));
  }
  return GV;
}

bool ModuleCodeGen::isPointerShaped(const Type *T) {
  const Type *U = T->getUnderlying();
  switch (U->getKind()) {
  case TypeKind::Pointer:
  case TypeKind::Map:
  case TypeKind::Chan:
  case TypeKind::Signature:
    return true;
  case TypeKind::Basic:
    return llvm::cast<Basic>(U)->getBasicKind() == BasicKind::UnsafePointer;
  default:
    return false;
  }
}

bool ModuleCodeGen::hasPointers(const Type *T) {
  const Type *U = T->getUnderlying();
  switch (U->getKind()) {
  case TypeKind::Basic: {
    BasicKind K = llvm::cast<Basic>(U)->getBasicKind();
    return K == BasicKind::String || K == BasicKind::UnsafePointer;
  }
  case TypeKind::Array:
    return llvm::cast<Array>(U)->getLen() > 0 &&
           hasPointers(llvm::cast<Array>(U)->getElem());
  case TypeKind::Struct:
    for (Var *V : llvm::cast<Struct>(U)->getFields())
      if (hasPointers(V->getType()))
        return true;
    return false;
  default:
    return true;
  }
}

namespace {
/// Writes types as reflect's Type.String() spells them, which gc's messages
/// and fmt's %T use: "main.T", "[]interface {}", "func(int, ...string)
/// (int, error)", "struct { A int; main.B }", "map[string]int". Like gc, a
/// type met again inside its own text (an interface reached through its
/// methods' signatures) is written `@N`, N being where its text starts.
class ReflectNamer {
public:
  /// With MethodNamesOnly, interfaces list their methods' names without
  /// signatures: a key that identical types share (with the signatures, the
  /// @N references of identical recursive types can differ).
  explicit ReflectNamer(bool MethodNamesOnly = false)
      : MethodNamesOnly(MethodNamesOnly) {}
  /// Writes T; the method form of a signature has no `func` keyword.
  void print(const Type *T, bool MethodForm = false);
  const std::string &str() const { return Buf; }

private:
  void printComposite(const Type *T, bool MethodForm);

  bool MethodNamesOnly;
  std::string Buf;
  llvm::raw_string_ostream OS{Buf};
  /// The types whose text is being written, and where it starts.
  llvm::DenseMap<const Type *, size_t> Visited;
};
} // namespace

void ReflectNamer::print(const Type *T, bool MethodForm) {
  if (!llvm::isa<Basic>(T) && !llvm::isa<Named>(T)) {
    auto [It, New] = Visited.try_emplace(T, Buf.size());
    if (!New) {
      OS << '@' << It->second;
      return;
    }
  }
  printComposite(T, MethodForm);
  Visited.erase(T);
}

void ReflectNamer::printComposite(const Type *T, bool MethodForm) {
  switch (T->getKind()) {
  case TypeKind::Basic: {
    auto *BT = llvm::cast<Basic>(T);
    if (BT->getBasicKind() == BasicKind::UnsafePointer)
      OS << "unsafe.Pointer";
    else if (BT->getBasicKind() == BasicKind::Uint8)
      OS << "uint8";
    else if (BT->getBasicKind() == BasicKind::Int32)
      OS << "int32";
    else
      OS << BT->getName();
    return;
  }
  case TypeKind::Named: {
    TypeName *Obj = llvm::cast<Named>(T)->getObject();
    if (Package *P = Obj->getPackage())
      OS << P->getName() << '.';
    OS << Obj->getName();
    return;
  }
  case TypeKind::Pointer:
    OS << '*';
    print(llvm::cast<Pointer>(T)->getElem());
    return;
  case TypeKind::Slice:
    OS << "[]";
    print(llvm::cast<goscape::Slice>(T)->getElem());
    return;
  case TypeKind::Array:
    OS << '[' << llvm::cast<Array>(T)->getLen() << ']';
    print(llvm::cast<Array>(T)->getElem());
    return;
  case TypeKind::Map:
    OS << "map[";
    print(llvm::cast<goscape::Map>(T)->getKey());
    OS << ']';
    print(llvm::cast<goscape::Map>(T)->getElem());
    return;
  case TypeKind::Chan: {
    auto *CT = llvm::cast<Chan>(T);
    OS << (CT->getDir() == ChanDirection::RecvOnly   ? "<-chan "
           : CT->getDir() == ChanDirection::SendOnly ? "chan<- "
                                                     : "chan ");
    print(CT->getElem());
    return;
  }
  case TypeKind::Struct: {
    auto *ST = llvm::cast<Struct>(T);
    if (ST->getFields().empty()) {
      OS << "struct {}";
      return;
    }
    OS << "struct {";
    for (auto [I, V] : llvm::enumerate(ST->getFields())) {
      OS << (I ? "; " : " ");
      if (!V->isEmbedded())
        OS << V->getName() << ' ';
      print(V->getType());
      if (!ST->getTag(I).empty()) {
        OS << ' ';
        writeGoQuoted(OS, ST->getTag(I));
      }
    }
    OS << " }";
    return;
  }
  case TypeKind::Signature: {
    auto *Sig = llvm::cast<Signature>(T);
    if (!MethodForm)
      OS << "func";
    OS << '(';
    llvm::ArrayRef<Var *> Ps;
    if (Sig->getParams())
      Ps = Sig->getParams()->getVars();
    for (auto [I, V] : llvm::enumerate(Ps)) {
      if (I)
        OS << ", ";
      if (Sig->isVariadic() && I + 1 == Ps.size()) {
        OS << "...";
        print(llvm::cast<goscape::Slice>(V->getType())->getElem());
      } else {
        print(V->getType());
      }
    }
    OS << ')';
    llvm::ArrayRef<Var *> Rs;
    if (Sig->getResults())
      Rs = Sig->getResults()->getVars();
    if (Rs.size() == 1) {
      OS << ' ';
      print(Rs[0]->getType());
    } else if (Rs.size() > 1) {
      OS << " (";
      for (auto [I, V] : llvm::enumerate(Rs)) {
        if (I)
          OS << ", ";
        print(V->getType());
      }
      OS << ')';
    }
    return;
  }
  case TypeKind::Interface: {
    auto *IT = llvm::cast<Interface>(T);
    if (IT->getAllMethods().empty()) {
      OS << "interface {}";
      return;
    }
    std::vector<Func *> Ms(IT->getAllMethods().begin(),
                           IT->getAllMethods().end());
    llvm::sort(Ms, [](Func *A, Func *B) { return A->getName() < B->getName(); });
    OS << "interface {";
    for (auto [I, M] : llvm::enumerate(Ms)) {
      OS << (I ? "; " : " ") << M->getName();
      if (!MethodNamesOnly)
        print(M->getSignature(), /*MethodForm=*/true);
    }
    OS << " }";
    return;
  }
  case TypeKind::Tuple:
    OS << "tuple";
    return;
  }
}

std::string ModuleCodeGen::typeName(const Type *T) {
  ReflectNamer N;
  N.print(T);
  return N.str();
}

std::string ModuleCodeGen::descriptorKey(const Type *T) {
  ReflectNamer N(/*MethodNamesOnly=*/true);
  N.print(T);
  return N.str();
}
