//===- CheckPackage.cpp - Package-level resolution ------------------------===//
//
// The package-level driver of the checker (types2's check.go, resolver.go
// and the object part of decl.go):
//
//  * collectObjects declares imports in one scope per file and every
//    other top-level name in the package scope, with a DeclInfo telling
//    objDecl what to check later. Const specs without values inherit the
//    previous spec of their group, with their own iota. Methods are
//    associated with their receiver's base type name syntactically, so
//    that they can be added to the type as soon as it is declared.
//  * packageObjects checks non-alias type names first, then aliases, then
//    everything else, in source order; objDecl recurses on first use, and
//    the grey path detects cycles: cycles through values only are left to
//    the initialization order check, cycles of types are fine as long as
//    they go through a defined type (validType then catches the ones that
//    would make a type infinitely large).
//  * Function bodies follow, in source order; then initialization order,
//    then unused imports.
//
//===----------------------------------------------------------------------===//

#include "Checker.h"

#include "goscape/Sema/StdLib.h"
#include "goscape/Sema/Universe.h"

#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Unicode.h"

#include <algorithm>

using namespace goscape;
using namespace goscape::sema;

Checker::Checker(ASTContext &Ctx, const SourceManager &SM, TypeContext &Types,
                 ConstantContext &Consts, DiagnosticEngine &Diags,
                 CheckedPackage &Result)
    : Ctx(Ctx), SM(SM), Types(Types), Consts(Consts), Diags(Diags),
      Result(Result) {
  Universe = getUniverse(Types, Consts);
  Unsafe = getUnsafePackage(Types);
  Invalid = Types.getInvalid();
  ErrorType = getErrorType(Types);
}

std::unique_ptr<CheckedPackage>
goscape::checkPackage(ASTContext &Ctx, const SourceManager &SM,
                      TypeContext &Types, ConstantContext &Consts,
                      DiagnosticEngine &Diags, bool BranchesChecked) {
  auto Result = std::make_unique<CheckedPackage>(Types, Consts);
  Checker C(Ctx, SM, Types, Consts, Diags, *Result);
  C.BranchesChecked = BranchesChecked;
  C.checkFiles();
  return Result;
}

void goscape::checkBranches(ASTContext &Ctx, const SourceManager &SM,
                            TypeContext &Types, ConstantContext &Consts,
                            DiagnosticEngine &Diags,
                            llvm::ArrayRef<BlockStmt *> Bodies) {
  CheckedPackage Result(Types, Consts);
  Checker C(Ctx, SM, Types, Consts, Diags, Result);
  for (BlockStmt *Body : Bodies)
    C.checkBranches(Body);
}

void Checker::checkFiles() {
  llvm::ArrayRef<File *> Files = Ctx.getFiles();
  // The package is named by its first file not in package _.
  llvm::StringRef PkgName;
  bool AnyName = false;
  for (File *F : Files) {
    if (!F || !F->getPkgName())
      continue;
    AnyName = true;
    llvm::StringRef Name = F->getPkgName()->getValue();
    if (PkgName.empty()) {
      if (Name == "_")
        error(F->getPkgName()->getStartLoc(), DiagId::InvalidPackageName);
      else
        PkgName = Name;
      continue;
    }
    if (Name != PkgName)
      error(F->getPkgName()->getStartLoc(), DiagId::PackageNameMismatch, Name,
            PkgName);
  }
  if (PkgName.empty())
    PkgName = AnyName ? "_" : "main";
  Pkg = Types.createPackage(PkgName == "main" ? "main" : PkgName, PkgName,
                            Universe);
  Result.setPackage(Pkg);
  collectObjects();
  packageObjects();
  // Function bodies and checks that need complete types, in order.
  processDelayed();
  initOrder();
  unusedImports();
  checkSizes();
}

//===----------------------------------------------------------------------===//
// Collecting objects
//===----------------------------------------------------------------------===//

bool Checker::declare(Scope *S, Name *Id, Object *Obj) {
  if (Id)
    Id->setObject(Obj);
  if (llvm::isa<Var>(Obj) || llvm::isa<TypeName>(Obj))
    SizedObjects.push_back(Obj);
  if (Obj->getName() == "_")
    return false;
  if (Object *Alt = S->insert(Obj)) {
    std::string Msg = Obj->getName().str() + " redeclared in this block";
    if (Alt->getLoc().isValid())
      Msg += "\n\t" + fmtLoc(Alt->getLoc()) + ": other declaration of " +
             Obj->getName().str();
    report(Obj->getLoc(), std::move(Msg));
    return false;
  }
  Obj->setParent(S);
  return true;
}

void Checker::declarePkgObj(Name *Id, Object *Obj, DeclInfo *D) {
  if (Id->getValue() == "init") {
    error(Id->getStartLoc(), DiagId::CannotDeclareInit);
    return;
  }
  if (Id->getValue() == "main" && Pkg->getName() == "main") {
    error(Id->getStartLoc(), DiagId::CannotDeclareMain);
    return;
  }
  declare(Pkg->getScope(), Id, Obj);
  D->Order = ObjList.size();
  ObjMap[Obj] = D;
  ObjList.push_back(Obj);
}

/// Go's unicode.IsSpace.
static bool isGoSpace(uint32_t R) {
  switch (R) {
  case '\t':
  case '\n':
  case '\v':
  case '\f':
  case '\r':
  case ' ':
  case 0x85:
  case 0xA0:
  case 0x1680:
  case 0x2028:
  case 0x2029:
  case 0x202F:
  case 0x205F:
  case 0x3000:
    return true;
  default:
    return R >= 0x2000 && R <= 0x200A;
  }
}

/// Go's unicode.IsGraphic (ASCII exactly; beyond, LLVM's printable set).
static bool isGoGraphic(uint32_t R) {
  if (R < 0x80)
    return R >= 0x20 && R < 0x7F;
  return llvm::sys::unicode::isPrintable(int(R)) &&
         !llvm::sys::unicode::isFormatting(int(R));
}

/// types2's validatedImportPath: the reason the import path literal Lit is
/// invalid ("" if valid); Path receives its value.
static std::string validateImportPath(ConstantContext &Consts,
                                      llvm::StringRef Lit, std::string &Path) {
  const Constant *C = Consts.fromLiteral(LitKind::String, Lit);
  if (!C || C->getKind() != ConstKind::String)
    return "invalid syntax";
  Path = C->getString().str();
  if (Path.empty())
    return "empty string";
  static constexpr llvm::StringLiteral Illegal = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
  llvm::StringRef S = Path;
  for (size_t I = 0; I < S.size();) {
    unsigned Len = llvm::getNumBytesForUTF8(S[I]);
    llvm::UTF32 R = 0xFFFD;
    auto *Src = reinterpret_cast<const llvm::UTF8 *>(S.data() + I);
    llvm::UTF32 *Dst = &R;
    if (I + Len > S.size() ||
        llvm::ConvertUTF8toUTF32(&Src, Src + Len, &Dst, &R + 1,
                                 llvm::strictConversion) !=
            llvm::conversionOK) {
      Len = 1;
      R = 0xFFFD;
    }
    llvm::StringRef Char = S.substr(I, Len);
    I += Len;
    bool Graphic = isGoGraphic(R), Space = isGoSpace(R);
    if (Graphic && !Space && R != 0xFFFD &&
        !(R < 0x80 && Illegal.contains(char(R))))
      continue;
    // %#U: the character is quoted if strconv.IsPrint.
    std::string Msg = llvm::formatv("invalid character U+{0:X-4}", R).str();
    if (Graphic && (!Space || R == ' '))
      Msg +=
          " '" + (R == 0xFFFD ? std::string("\xEF\xBF\xBD") : Char.str()) + "'";
    return Msg;
  }
  return "";
}

void Checker::collectObjects() {
  Scope *PkgScope = Pkg->getScope();
  struct MethodInfo {
    Func *F;
    Expr *RecvType;
    Scope *FileScope;
  };
  std::vector<MethodInfo> MethodList;

  for (File *F : Ctx.getFiles()) {
    if (!F)
      continue;
    Scope *FileScope = Types.createScope(PkgScope, "file");
    FileScopes.push_back(FileScope);
    FileScopeOf[F] = FileScope;

    // Const groups: the last spec with values, and the group it is in.
    ConstDecl *Last = nullptr;
    uint32_t LastGroup = ~0u;
    for (Decl *D : F->getDecls()) {
      switch (D->getKind()) {
      case NodeKind::ImportDecl: {
        auto *ID = llvm::cast<ImportDecl>(D);
        // A malformed path literal was reported by the lexer (types2).
        if (!ID->getPath() || ID->getPath()->isBad())
          break;
        std::string PathBuf;
        std::string Bad =
            validateImportPath(Consts, ID->getPath()->getValue(), PathBuf);
        if (!Bad.empty()) {
          error(ID->getPath()->getStartLoc(), DiagId::InvalidImportPath, Bad);
          break;
        }
        llvm::StringRef Path = Types.copyString(PathBuf);
        Package *Imp = nullptr;
        if (Path == "unsafe")
          Imp = Unsafe;
        else if (!Path.starts_with("/"))
          Imp = importStdPackage(Types, Consts, Path);
        if (!Imp) {
          // gc's importer rejects absolute paths before looking anywhere.
          report(ID->getPath()->getStartLoc(),
                 Path.starts_with("/")
                     ? "could not import " + Path.str() +
                           " (import path cannot be absolute path)"
                     : unknownImportMessage(Path));
          // Continue with an empty fake package so that uses of it do not
          // cause follow-on errors (types2's fake packages).
          llvm::StringRef Elem = Path.rsplit('/').second;
          if (Elem.empty())
            Elem = Path;
          Imp = Types.createPackage(Path, Elem, Universe);
          FakePackages.insert(Imp);
        }
        Name *Local = ID->getLocalName();
        llvm::StringRef LocalName = Imp->getName();
        if (Local) {
          LocalName = Local->getValue();
          if (LocalName == "init") {
            error(Local->getStartLoc(), DiagId::ImportAsInit);
            break;
          }
        }
        SourceLoc Pos = ID->getLoc();
        auto *PN = Types.createObject<PkgName>(Pos, Pkg, LocalName, Imp);
        if (Local)
          Local->setObject(PN);
        Imports.push_back(PN);
        if (FakePackages.count(Imp))
          PN->setUsed();
        if (LocalName == ".") {
          // Dot import: merge the exported objects into the file scope.
          for (Object *O : Imp->getScope()->objects()) {
            if (!O->isExported())
              continue;
            if (Object *Alt = FileScope->insert(O)) {
              (void)Alt;
              // A modelled object has no position: gc reports the
              // clash at the import.
              report(O->getLoc().isValid() ? O->getLoc() : Pos,
                     O->getName().str() + " redeclared in this block");
            } else {
              DotImportMap[O] = PN;
            }
          }
        } else if (LocalName != "_") {
          declare(FileScope, nullptr, PN);
        }
        break;
      }
      case NodeKind::ConstDecl: {
        auto *CD = llvm::cast<ConstDecl>(D);
        bool NewGroup = CD->getGroup() == 0 || CD->getGroup() != LastGroup;
        if (NewGroup)
          Last = nullptr;
        LastGroup = CD->getGroup();
        bool Inherited = true;
        if (CD->getTypeExpr() || !CD->getValues().empty()) {
          Last = CD;
          Inherited = false;
        } else if (!Last) {
          Inherited = false;
        }
        llvm::ArrayRef<Expr *> Values =
            Last ? Last->getValues() : llvm::ArrayRef<Expr *>();
        llvm::ArrayRef<Name *> Names = CD->getNames();
        for (size_t I = 0; I != Names.size(); ++I) {
          auto *Obj = Types.createObject<Const>(
              Names[I]->getLoc(), Pkg, Names[I]->getValue(), nullptr, nullptr);
          auto *DI = new DeclInfo();
          DeclStore.emplace_back(DI);
          DI->FileScope = FileScope;
          DI->VType = Last ? Last->getTypeExpr() : nullptr;
          DI->Init = I < Values.size() ? Values[I] : nullptr;
          DI->Inherited = Inherited;
          DI->InheritedPos = CD->getLoc();
          DI->Iota = CD->getIota();
          declarePkgObj(Names[I], Obj, DI);
        }
        // Arity.
        if (Names.size() < Values.size()) {
          if (Inherited)
            error(CD->getLoc(), DiagId::ExtraInitExprAt,
                  fmtLoc(Values[Names.size()]->getLoc()));
          else
            error(Values[Names.size()]->getStartLoc(), DiagId::ExtraInitExpr,
                  exprString(Values[Names.size()]));
        } else if (Names.size() > Values.size()) {
          error(Names[Values.size()]->getStartLoc(),
                DiagId::MissingInitExpr, Names[Values.size()]->getValue());
        }
        break;
      }
      case NodeKind::VarDecl: {
        auto *VD = llvm::cast<VarDecl>(D);
        llvm::ArrayRef<Name *> Names = VD->getNames();
        llvm::ArrayRef<Expr *> Values = VD->getValues();
        llvm::SmallVector<Var *, 4> LhsVec;
        for (Name *N : Names)
          LhsVec.push_back(Types.createObject<Var>(
              N->getLoc(), Pkg, N->getValue(), nullptr, VarRole::Package));
        llvm::ArrayRef<Var *> Lhs = Types.copyArray<Var *>(LhsVec);
        DeclInfo *Shared = nullptr;
        if (Values.size() == 1 && Names.size() > 1) {
          Shared = new DeclInfo();
          DeclStore.emplace_back(Shared);
          Shared->FileScope = FileScope;
          Shared->Lhs = Lhs;
          Shared->VType = VD->getTypeExpr();
          Shared->Init = Values[0];
        }
        for (size_t I = 0; I != Names.size(); ++I) {
          DeclInfo *DI = Shared;
          if (!DI) {
            DI = new DeclInfo();
            DeclStore.emplace_back(DI);
            DI->FileScope = FileScope;
            DI->VType = VD->getTypeExpr();
            DI->Init = I < Values.size() ? Values[I] : nullptr;
          }
          Lhs[I]->setDeclNode(Names[I]);
          declarePkgObj(Names[I], Lhs[I], DI);
        }
        if (!VD->getTypeExpr() || !Values.empty()) {
          if (Names.size() < Values.size())
            error(Values[Names.size()]->getStartLoc(), DiagId::ExtraInitExpr,
                  exprString(Values[Names.size()]));
          else if (Names.size() > Values.size() && Values.size() != 1)
            error(Names[Values.size()]->getStartLoc(),
                  DiagId::MissingInitExpr, Names[Values.size()]->getValue());
        }
        break;
      }
      case NodeKind::TypeDecl: {
        auto *TD = llvm::cast<TypeDecl>(D);
        if (TD->hasTypeParams())
          genericError(TD->getName()->getLoc());
        auto *Obj = Types.createObject<TypeName>(
            TD->getName()->getLoc(), Pkg, TD->getName()->getValue(), nullptr);
        auto *DI = new DeclInfo();
        DeclStore.emplace_back(DI);
        DI->FileScope = FileScope;
        DI->TDecl = TD;
        declarePkgObj(TD->getName(), Obj, DI);
        break;
      }
      case NodeKind::FuncDecl: {
        auto *FD = llvm::cast<FuncDecl>(D);
        llvm::StringRef FName = FD->getName()->getValue();
        auto *Obj = Types.createObject<Func>(FD->getName()->getLoc(), Pkg,
                                             FName, nullptr, FD);
        bool TParamErr = false;
        if (FD->hasTypeParams()) {
          genericError(FD->getName()->getLoc());
          TParamErr = true;
        }
        (void)TParamErr;
        if (!FD->getRecv()) {
          if (FName == "init" || (FName == "main" && Pkg->getName() == "main")) {
            FuncType *Sig = FD->getFuncType();
            if (!Sig->getParams().empty() || !Sig->getResults().empty())
              error(FD->getStartLoc(), DiagId::MainInitSignature, FName);
          }
          if (FName == "init") {
            Obj->setParent(PkgScope);
            FD->getName()->setObject(Obj);
            if (!FD->getBody())
              error(Obj->getLoc(), DiagId::MissingFunctionBody);
          } else {
            declare(PkgScope, FD->getName(), Obj);
          }
        } else {
          FD->getName()->setObject(Obj);
          if (FName != "_")
            MethodList.push_back({Obj, FD->getRecv()->getTypeExpr(),
                                  FileScope});
        }
        auto *DI = new DeclInfo();
        DeclStore.emplace_back(DI);
        DI->FileScope = FileScope;
        DI->FDecl = FD;
        DI->Order = ObjList.size();
        ObjMap[Obj] = DI;
        ObjList.push_back(Obj);
        break;
      }
      default:
        break;
      }
    }
  }

  // Imports that conflict with package-level names.
  for (Scope *FS : FileScopes) {
    for (Object *O : FS->objects()) {
      Object *Alt = PkgScope->lookup(O->getName());
      if (!Alt)
        continue;
      std::string Msg;
      if (auto *PN = llvm::dyn_cast<PkgName>(O))
        Msg = Alt->getName().str() + " already declared through import of " +
              "package " + PN->getImported()->getName().str() + " (\"" +
              PN->getImported()->getPath().str() + "\")";
      else
        Msg = Alt->getName().str() + " already declared through dot-import of "
              + "package " + O->getPackage()->getName().str() + " (\"" +
              O->getPackage()->getPath().str() + "\")";
      // A modelled standard object has no position (gc names its line in
      // $GOROOT); the other declaration is then left out.
      if (O->getLoc().isValid())
        Msg += "\n\t" + fmtLoc(O->getLoc()) + ": other declaration of " +
               O->getName().str();
      report(Alt->getLoc(), std::move(Msg));
    }
  }

  // Associate methods with their receiver base type names.
  for (MethodInfo &M : MethodList) {
    Expr *T = unparen(M.RecvType);
    bool Ptr = false;
    if (auto *Op = llvm::dyn_cast_or_null<Operation>(T);
        Op && Op->isUnary() && Op->getOp() == Operator::Mul) {
      Ptr = true;
      T = unparen(Op->getX());
    }
    M.F->setPtrRecvHint(Ptr);
    if (TypeName *Base = resolveBaseTypeName(M.RecvType, M.FileScope))
      Methods[Base].push_back(M.F);
  }
}

TypeName *Checker::resolveBaseTypeName(Expr *Typ, Scope *FileScope) {
  bool Ptr = false;
  llvm::SmallPtrSet<TypeName *, 4> Seen;
  while (true) {
    Typ = unparen(Typ);
    if (auto *Op = llvm::dyn_cast_or_null<Operation>(Typ);
        Op && Op->isUnary() && Op->getOp() == Operator::Mul) {
      if (Ptr)
        return nullptr;
      Ptr = true;
      Typ = unparen(Op->getX());
    }
    auto *N = llvm::dyn_cast_or_null<Name>(Typ);
    if (!N)
      return nullptr;
    auto *TN = llvm::dyn_cast_or_null<TypeName>(
        Pkg->getScope()->lookup(N->getValue()));
    if (!TN || !Seen.insert(TN).second)
      return nullptr;
    DeclInfo *D = ObjMap.lookup(TN);
    if (!D || !D->TDecl)
      return nullptr;
    if (!D->TDecl->isAlias())
      return TN;
    Typ = D->TDecl->getTypeExpr();
  }
}

//===----------------------------------------------------------------------===//
// Checking objects
//===----------------------------------------------------------------------===//

void Checker::packageObjects() {
  std::vector<TypeName *> Aliases;
  std::vector<Object *> Others;
  for (Object *O : ObjList) {
    if (auto *TN = llvm::dyn_cast<TypeName>(O)) {
      if (ObjMap[TN]->TDecl->isAlias())
        Aliases.push_back(TN);
      else
        objDecl(O, nullptr);
    } else {
      Others.push_back(O);
    }
  }
  for (TypeName *TN : Aliases)
    objDecl(TN, nullptr);
  for (Object *O : Others)
    objDecl(O, nullptr);
  // Record the declared types on the declaring names.
  for (Object *O : ObjList) {
    DeclInfo *D = ObjMap[O];
    if (auto *V = llvm::dyn_cast<Var>(O)) {
      if (auto *N = llvm::dyn_cast_or_null<Name>(
              const_cast<Node *>(V->getDeclNode()))) {
        N->setType(V->getType());
        Result.setMode(N, ExprMode::Variable);
      }
    } else if (auto *C = llvm::dyn_cast<Const>(O)) {
      (void)D;
      (void)C;
    }
  }
}

void Checker::objDecl(Object *Obj, const Named *Def) {
  unsigned &Color = Colors[Obj];
  if (Color == 0 && Obj->getType()) {
    Color = 1;
    return;
  }
  if (Color == 1)
    return;
  if (Color >= 2) {
    // A cycle: Obj is on the path.
    switch (Obj->getKind()) {
    case ObjectKind::Const:
    case ObjectKind::Var:
      if (!validCycle(Obj) || !Obj->getType())
        Obj->setType(Invalid);
      break;
    case ObjectKind::TypeName:
      if (!validCycle(Obj))
        Obj->setType(Invalid);
      break;
    case ObjectKind::Func:
      validCycle(Obj);
      break;
    default:
      break;
    }
    return;
  }
  DeclInfo *D = ObjMap.lookup(Obj);
  if (!D)
    return;
  Color = 2 + ObjPath.size();
  ObjPath.push_back(Obj);

  // Save and set the environment.
  DeclInfo *SavedDecl = CurDecl;
  Scope *SavedScope = CurScope;
  const Constant *SavedIota = Iota;
  SourceLoc SavedInh = InheritedPos;
  FuncContext *SavedFunc = CurFunc;
  CurDecl = nullptr;
  CurScope = D->FileScope;
  Iota = nullptr;
  InheritedPos = SourceLoc();
  CurFunc = nullptr;

  switch (Obj->getKind()) {
  case ObjectKind::Const:
    CurDecl = D;
    Iota = Consts.getInt64(D->Iota);
    constDecl(llvm::cast<Const>(Obj), D->VType, D->Init, D->Inherited,
              D->InheritedPos);
    break;
  case ObjectKind::Var:
    CurDecl = D;
    varDecl(llvm::cast<Var>(Obj), D->Lhs, D->VType, D->Init);
    break;
  case ObjectKind::TypeName:
    typeDecl(llvm::cast<TypeName>(Obj), D->TDecl, Def);
    collectMethods(llvm::cast<TypeName>(Obj));
    break;
  case ObjectKind::Func:
    funcDecl(llvm::cast<Func>(Obj), D);
    break;
  default:
    break;
  }

  CurDecl = SavedDecl;
  CurScope = SavedScope;
  Iota = SavedIota;
  InheritedPos = SavedInh;
  CurFunc = SavedFunc;
  ObjPath.pop_back();
  Colors[Obj] = 1;
}

bool Checker::validCycle(Object *Obj) {
  unsigned Start = Colors[Obj] - 2;
  llvm::ArrayRef<Object *> Cycle = llvm::ArrayRef(ObjPath).drop_front(Start);
  unsigned NVal = 0, NDef = 0;
  for (Object *O : Cycle) {
    if (llvm::isa<Const>(O) || llvm::isa<Var>(O)) {
      ++NVal;
    } else if (auto *TN = llvm::dyn_cast<TypeName>(O)) {
      bool Alias;
      if (DeclInfo *D = ObjMap.lookup(TN))
        Alias = D->TDecl->isAlias();
      else
        Alias = TN->isAlias();
      if (!Alias)
        ++NDef;
    }
  }
  if (NVal == Cycle.size())
    return true;
  if (NVal == 0 && NDef > 0)
    return true;
  cycleError(Cycle);
  return false;
}

static size_t firstInSrc(llvm::ArrayRef<Object *> Objs) {
  size_t F = 0;
  for (size_t I = 1; I < Objs.size(); ++I)
    if (Objs[I]->getLoc() < Objs[F]->getLoc())
      F = I;
  return F;
}

void Checker::cycleError(llvm::ArrayRef<Object *> Cycle) {
  size_t I = firstInSrc(Cycle);
  Object *Obj = Cycle[I];
  std::string Msg;
  if (llvm::isa<TypeName>(Obj))
    Msg = "invalid recursive type " + Obj->getName().str();
  else
    Msg = "illegal cycle in declaration of " + Obj->getName().str();
  for (size_t K = 0; K != Cycle.size(); ++K) {
    Msg += "\n\t" + fmtLoc(Obj->getLoc()) + ": " + Obj->getName().str() +
           " refers to";
    if (++I >= Cycle.size())
      I = 0;
    Obj = Cycle[I];
  }
  Msg += "\n\t" + fmtLoc(Obj->getLoc()) + ": " + Obj->getName().str();
  SourceLoc At = Cycle[firstInSrc(Cycle)]->getLoc();
  SourceLoc Saved = InheritedPos;
  InheritedPos = SourceLoc();
  report(At, std::move(Msg));
  InheritedPos = Saved;
}

void Checker::unusedImports() {
  for (PkgName *PN : Imports) {
    if (PN->isUsed() || PN->getName() == "_")
      continue;
    llvm::StringRef Path = PN->getImported()->getPath();
    llvm::StringRef Elem = Path.rsplit('/').second;
    if (Elem.empty())
      Elem = Path;
    if (PN->getName() == "." || PN->getName() == Elem)
      error(PN->getLoc(), DiagId::ImportedNotUsed, Path);
    else
      error(PN->getLoc(), DiagId::ImportedNotUsedAs, Path, PN->getName());
  }
}

void Checker::genericError(SourceLoc Loc) {
  error(Loc, DiagId::GenericsUnsupported);
}
