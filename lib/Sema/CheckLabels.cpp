//===- CheckLabels.cpp - Labels and branch statements ---------------------===//
//
// gc checks labels and branch statements in its parser (syntax/branches.go,
// types2 runs with IgnoreBranchErrors): labels are function-wide; break and
// continue need an enclosing loop (switch, select) or an enclosing labeled
// statement of the right kind; fallthrough must end a non-final case of an
// expression switch; a goto may not jump into a block or over a variable
// declaration. Every BranchStmt gets its target recorded.
//
// The walk goes block by block, remembering forward gotos until their
// label appears in the same or an enclosing block; gotos still pending at
// the end of the function jump into a block (or name an undefined label).
//
//===----------------------------------------------------------------------===//

#include "Checker.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Allocator.h"

using namespace goscape;
using namespace goscape::sema;

namespace {
struct LBlock {
  LBlock *Parent;
  SourceLoc Start;
  LabeledStmt *LStmt;
};

struct LabelInfo {
  LBlock *Parent;
  LabeledStmt *LStmt;
  bool Used;
};

struct Targets {
  Stmt *Breaks = nullptr;
  ForStmt *Continues = nullptr;
  int CaseIndex = -1;
};

class BranchChecker {
public:
  /// Blocks come from the checker's scratch arena, reset after each
  /// function (its first slab stays, so most functions allocate nothing).
  explicit BranchChecker(Checker &C) : C(C), Blocks(C.BranchScratch) {}
  ~BranchChecker() { Blocks.Reset(); }

  void run(BlockStmt *Body) {
    std::vector<BranchStmt *> Fwd =
        blockBranches(nullptr, Targets(), nullptr, Body->getLoc(),
                      Body->getList());
    for (BranchStmt *B : Fwd) {
      llvm::StringRef N = B->getLabel()->getValue();
      auto It = Labels.find(N);
      if (It != Labels.end()) {
        It->second->Used = true;
        C.error(B->getLabel()->getLoc(), DiagId::GotoIntoBlock, N,
                C.fmtLoc(It->second->Parent->Start));
      } else {
        C.error(B->getLabel()->getLoc(), DiagId::LabelNotDefined, N);
      }
    }
    for (auto &L : Order)
      if (!L->Used)
        C.error(L->LStmt->getLabel()->getLoc(), DiagId::LabelNotUsed,
                L->LStmt->getLabel()->getValue());
  }

private:
  LabelInfo *declare(LBlock *B, LabeledStmt *S) {
    llvm::StringRef N = S->getLabel()->getValue();
    auto It = Labels.find(N);
    if (It != Labels.end()) {
      C.error(S->getLabel()->getLoc(), DiagId::LabelAlreadyDefined, N,
              C.fmtLoc(It->second->LStmt->getLabel()->getLoc()));
      return It->second;
    }
    Order.push_back(std::make_unique<LabelInfo>(LabelInfo{B, S, false}));
    Labels[N] = Order.back().get();
    return Order.back().get();
  }

  LabeledStmt *gotoTarget(LBlock *B, llvm::StringRef N) {
    auto It = Labels.find(N);
    if (It == Labels.end())
      return nullptr;
    It->second->Used = true;
    for (; B; B = B->Parent)
      if (It->second->Parent == B)
        return It->second->LStmt;
    return nullptr;
  }

  /// Null: not defined; Invalid: defined but not enclosing.
  LabeledStmt *enclosingTarget(LBlock *B, llvm::StringRef N, bool &Found) {
    Found = false;
    auto It = Labels.find(N);
    if (It == Labels.end())
      return nullptr;
    Found = true;
    It->second->Used = true;
    for (; B; B = B->Parent)
      if (It->second->LStmt == B->LStmt)
        return It->second->LStmt;
    return nullptr;
  }

  std::vector<BranchStmt *> blockBranches(LBlock *Parent, Targets Ctxt,
                                          LabeledStmt *LStmt, SourceLoc Start,
                                          llvm::ArrayRef<Stmt *> Body);

  Checker &C;
  llvm::StringMap<LabelInfo *> Labels;
  std::vector<std::unique_ptr<LabelInfo>> Order;
  llvm::BumpPtrAllocator &Blocks;
};
} // namespace

std::vector<BranchStmt *>
BranchChecker::blockBranches(LBlock *Parent, Targets Ctxt, LabeledStmt *LStmt,
                             SourceLoc Start, llvm::ArrayRef<Stmt *> Body) {
  LBlock *B = new (Blocks.Allocate<LBlock>()) LBlock{Parent, Start, LStmt};
  // The last variable declaration of the block; its name is spelled only
  // for the rare error that needs it.
  SourceLoc VarPos;
  Stmt *VarStmt = nullptr;
  std::vector<BranchStmt *> FwdGotos, BadGotos;
  auto RecordVarDecl = [&](SourceLoc Pos, Stmt *S) {
    VarPos = Pos;
    VarStmt = S;
    BadGotos = FwdGotos;
  };
  auto VarName = [&]() -> std::string {
    if (auto *DS = llvm::dyn_cast<DeclStmt>(VarStmt)) {
      for (Decl *D : DS->getDecls())
        if (auto *VD = llvm::dyn_cast<VarDecl>(D))
          return VD->getNames()[0]->getValue().str();
      return std::string();
    }
    auto *AS = llvm::cast<AssignStmt>(VarStmt);
    std::string Names;
    for (size_t I = 0; I != AS->getLhs().size(); ++I) {
      if (I)
        Names += ", ";
      Names += C.exprString(AS->getLhs()[I]);
    }
    return Names;
  };
  auto JumpsOverVarDecl = [&](BranchStmt *Fwd) {
    if (!VarPos.isValid())
      return false;
    for (BranchStmt *Bad : BadGotos)
      if (Bad == Fwd)
        return true;
    return false;
  };
  auto InnerBlock = [&](Targets T, SourceLoc S, llvm::ArrayRef<Stmt *> L) {
    std::vector<BranchStmt *> R = blockBranches(B, T, LStmt, S, L);
    FwdGotos.insert(FwdGotos.end(), R.begin(), R.end());
  };
  // Trailing empty statements do not count.
  size_t N = Body.size();
  while (N > 0 && llvm::isa<EmptyStmt>(Body[N - 1]))
    --N;
  llvm::ArrayRef<Stmt *> List = Body.take_front(N);
  for (size_t Index = 0; Index != List.size(); ++Index) {
    Stmt *S = List[Index];
    LStmt = nullptr;
    while (true) {
      if (auto *LS = llvm::dyn_cast<LabeledStmt>(S)) {
        llvm::StringRef Name = LS->getLabel()->getValue();
        if (Name != "_") {
          LabelInfo *L = declare(B, LS);
          std::vector<BranchStmt *> Rest;
          for (BranchStmt *Fwd : FwdGotos) {
            if (Fwd->getLabel()->getValue() == Name) {
              Fwd->setTarget(LS);
              L->Used = true;
              if (JumpsOverVarDecl(Fwd))
                C.error(Fwd->getLabel()->getLoc(), DiagId::GotoOverDecl, Name,
                        VarName(), C.fmtLoc(VarPos));
            } else {
              Rest.push_back(Fwd);
            }
          }
          FwdGotos = std::move(Rest);
          LStmt = LS;
        }
        S = LS->getBody();
        continue;
      }
      break;
    }
    switch (S->getKind()) {
    case NodeKind::DeclStmt:
      for (Decl *D : llvm::cast<DeclStmt>(S)->getDecls())
        if (auto *VD = llvm::dyn_cast<VarDecl>(D)) {
          RecordVarDecl(VD->getLoc(), S);
          break;
        }
      break;
    case NodeKind::BranchStmt: {
      auto *BS = llvm::cast<BranchStmt>(S);
      if (!BS->getLabel()) {
        switch (BS->getBranchKind()) {
        case BranchKind::Break:
          if (Ctxt.Breaks)
            BS->setTarget(Ctxt.Breaks);
          else
            C.error(BS->getLoc(), DiagId::BreakNotInLoop);
          break;
        case BranchKind::Continue:
          if (Ctxt.Continues)
            BS->setTarget(Ctxt.Continues);
          else
            C.error(BS->getLoc(), DiagId::ContinueNotInLoop);
          break;
        case BranchKind::Fallthrough: {
          DiagId Msg = DiagId::FallthroughOutOfPlace;
          if (auto *Sw = llvm::dyn_cast_or_null<SwitchStmt>(Ctxt.Breaks)) {
            if (Sw->isTypeSwitch())
              Msg = DiagId::FallthroughTypeSwitch;
            else if (Ctxt.CaseIndex < 0 || Index + 1 < List.size())
              ;
            else if (size_t(Ctxt.CaseIndex) + 1 == Sw->getBody().size())
              Msg = DiagId::FallthroughFinalCase;
            else {
              BS->setTarget(Sw);
              break;
            }
          }
          C.error(BS->getLoc(), Msg);
          break;
        }
        case BranchKind::Goto:
          break;
        }
        break;
      }
      llvm::StringRef Name = BS->getLabel()->getValue();
      switch (BS->getBranchKind()) {
      case BranchKind::Break: {
        bool Found;
        LabeledStmt *T = enclosingTarget(B, Name, Found);
        if (Found && T) {
          Stmt *TS = T->getBody();
          if (llvm::isa<SwitchStmt>(TS) || llvm::isa<SelectStmt>(TS) ||
              llvm::isa<ForStmt>(TS))
            BS->setTarget(TS);
          else
            C.error(BS->getLabel()->getLoc(), DiagId::InvalidBreakLabel, Name);
        } else if (Found) {
          C.error(BS->getLabel()->getLoc(), DiagId::InvalidBreakLabel, Name);
        } else {
          C.error(BS->getLabel()->getLoc(), DiagId::BreakLabelNotDefined,
                  Name);
        }
        break;
      }
      case BranchKind::Continue: {
        bool Found;
        LabeledStmt *T = enclosingTarget(B, Name, Found);
        if (Found && T && llvm::isa<ForStmt>(T->getBody()))
          BS->setTarget(T->getBody());
        else if (Found)
          C.error(BS->getLabel()->getLoc(), DiagId::InvalidContinueLabel,
                  Name);
        else
          C.error(BS->getLabel()->getLoc(), DiagId::ContinueLabelNotDefined,
                  Name);
        break;
      }
      case BranchKind::Goto:
        if (LabeledStmt *T = gotoTarget(B, Name))
          BS->setTarget(T);
        else
          FwdGotos.push_back(BS);
        break;
      case BranchKind::Fallthrough:
        break;
      }
      break;
    }
    case NodeKind::AssignStmt: {
      auto *AS = llvm::cast<AssignStmt>(S);
      if (AS->isDefine())
        RecordVarDecl(AS->getLoc(), AS);
      break;
    }
    case NodeKind::BlockStmt: {
      auto *BS = llvm::cast<BlockStmt>(S);
      InnerBlock({Ctxt.Breaks, Ctxt.Continues, -1}, BS->getLoc(),
                 BS->getList());
      break;
    }
    case NodeKind::IfStmt: {
      auto *If = llvm::cast<IfStmt>(S);
      Targets T{Ctxt.Breaks, Ctxt.Continues, -1};
      InnerBlock(T, If->getThen()->getLoc(), If->getThen()->getList());
      if (Stmt *Else = If->getElse()) {
        Stmt *One[] = {Else};
        InnerBlock(T, Else->getLoc(), llvm::ArrayRef<Stmt *>(One));
      }
      break;
    }
    case NodeKind::ForStmt: {
      auto *F = llvm::cast<ForStmt>(S);
      InnerBlock({F, F, -1}, F->getBody()->getLoc(), F->getBody()->getList());
      break;
    }
    case NodeKind::SwitchStmt: {
      auto *Sw = llvm::cast<SwitchStmt>(S);
      Targets T{Sw, Ctxt.Continues, -1};
      for (size_t I = 0; I != Sw->getBody().size(); ++I) {
        T.CaseIndex = I;
        CaseClause *CC = Sw->getBody()[I];
        InnerBlock(T, CC->getLoc(), CC->getBody());
      }
      break;
    }
    case NodeKind::SelectStmt: {
      auto *Sel = llvm::cast<SelectStmt>(S);
      Targets T{Sel, Ctxt.Continues, -1};
      for (CommClause *CC : Sel->getBody())
        InnerBlock(T, CC->getLoc(), CC->getBody());
      break;
    }
    default:
      break;
    }
  }
  return FwdGotos;
}

void Checker::checkBranches(BlockStmt *Body) {
  if (!Body)
    return;
  BranchChecker(*this).run(Body);
}
