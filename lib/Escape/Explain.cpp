//===- Explain.cpp - The -m -m explanations -------------------------------===//
//
// gc explains each escape and each parameter leak by the path of flows
// that caused it: `flow: DST = &SRC:` lines, each followed by the notes
// `from EXPR (reason) at POS` of the constructs the value went through,
// innermost first. Our edges carry the notes of the statement that made
// them (FlowCtx) plus the notes found by descending the source expression
// down to the flowing location, as gc's holes collect them. Call results
// and composite literal temporaries, which gc does not have, are skipped
// on a path: their flows merge into one line.
//
//===----------------------------------------------------------------------===//

#include "Analysis.h"

#include "goscape/Escape/ExprString.h"

using namespace goscape;
using namespace goscape::escape;
using namespace goscape::ir;

bool Batch::findNotes(const Expr *E, const Location *L,
                      std::vector<Note> &Out) {
  E = unparen(E);
  if (!E)
    return false;
  if (auto *N = llvm::dyn_cast<Name>(E))
    if (auto *V = llvm::dyn_cast_or_null<Var>(N->getObject()))
      if (L->Obj == V && L->Kind != Location::Site)
        return true;
  if (L->ResultOf && L->ResultOf->getNode() == E)
    return true;
  if ((L->I && L->I->getNode() == E) || (L->Lit && L->Lit->getSyntax() == E)) {
    if (L->Kind == Location::Site) {
      Out.push_back({E, "spill", locPos(L), L->TmpName});
      // An elided `&T{...}`'s node also makes the inner literal's storage.
      if (llvm::isa<CompositeLit>(E) &&
          llvm::isa_and_nonnull<Pointer>(E->getType()))
        Out.back().Text = NoteTexts.emplace_back(siteString(L));
    }
    return true;
  }
  auto Through = [&](const Expr *X, const char *Why) {
    if (!findNotes(X, L, Out))
      return false;
    Out.push_back({E, Why});
    return true;
  };
  if (auto *O = llvm::dyn_cast<Operation>(E)) {
    if (!O->isUnary())
      return false;
    if (O->getOp() == Operator::And)
      return Through(O->getX(), "address-of");
    if (O->getOp() == Operator::Mul)
      return Through(O->getX(), "indirection");
    return false;
  }
  if (auto *S = llvm::dyn_cast<SelectorExpr>(E)) {
    const Selection *Sel = MS.CP.getSelection(S);
    if (!Sel || Sel->Kind != SelectionKind::FieldVal ||
        !findNotes(S->getX(), L, Out))
      return false;
    // A promoted field is one selection per embedded field on its path,
    // all at E's position: `o.Inner`, then `o.Inner.p`.
    std::string Full;
    if (Sel->Path.size() > 1)
      Full = MS.exprText(S);
    const Type *T = S->getX()->getType();
    for (size_t J = 0; J != Sel->Path.size() && T; ++J) {
      const Type *U = T->getUnderlying();
      const char *Why = "dot";
      if (auto *P = llvm::dyn_cast<Pointer>(U)) {
        Why = "dot of pointer";
        U = P->getElem()->getUnderlying();
      }
      if (J + 1 == Sel->Path.size()) {
        Out.push_back({E, Why});
        break;
      }
      size_t Cut = Full.size();
      for (size_t K = J + 1; K != Sel->Path.size(); ++K)
        Cut = Full.rfind('.', Cut - 1);
      Out.push_back({E, Why, SourceLoc(),
                     NoteTexts.emplace_back(Full.substr(0, Cut))});
      auto *St = llvm::dyn_cast<Struct>(U);
      T = St && Sel->Path[J] < St->getFields().size()
              ? St->getFields()[Sel->Path[J]]->getType()
              : nullptr;
    }
    return true;
  }
  if (auto *I = llvm::dyn_cast<IndexExpr>(E)) {
    const Type *T = I->getX()->getType();
    if (!T || llvm::isa<Map>(T->getUnderlying()))
      return false;
    // p[i] of a pointer to an array dereferences p implicitly.
    if (auto *P = llvm::dyn_cast<Pointer>(T->getUnderlying());
        P && llvm::isa<Array>(P->getElem()->getUnderlying())) {
      if (!Through(I->getX(), "indirection"))
        return false;
      // gc's implicit `*p` sits where building `p[i]` left its position.
      Out.back().Where = I->getX();
      Out.back().Loc = gcLastEnteredLoc(I, MS.CP);
      Out.push_back({E, "fixed-array-index-of"});
      return true;
    }
    return Through(I->getX(), llvm::isa<Array>(T->getUnderlying())
                                  ? "fixed-array-index-of"
                                  : "dot of pointer");
  }
  if (auto *S = llvm::dyn_cast<SliceExpr>(E)) {
    // Slicing an array variable takes its address implicitly.
    const Type *T = S->getX()->getType();
    if (T && llvm::isa<Array>(T->getUnderlying())) {
      if (!Through(S->getX(), "address-of"))
        return false;
      // gc's implicit `&a` sits where building `a[i:j]` left its position.
      Out.back().Where = S->getX();
      Out.back().Loc = gcLastEnteredLoc(S, MS.CP);
      Out.push_back({E, "slice"});
      return true;
    }
    return Through(S->getX(), "slice");
  }
  if (auto *TA = llvm::dyn_cast<AssertExpr>(E))
    return Through(TA->getX(), "dot");
  if (auto *C = llvm::dyn_cast<CallExpr>(E)) {
    if (MS.CP.getCallKind(C) == CallKind::Conversion &&
        C->getArgs().size() == 1) {
      // An explicit conversion to an interface (from an empty one gc
      // converts with no code and no note, as implicitConv).
      const Expr *Arg = C->getArgs()[0];
      auto *From = Arg->getType() ? llvm::dyn_cast<Interface>(
                                        Arg->getType()->getUnderlying())
                                  : nullptr;
      // To the same interface type it is no conversion for gc.
      if (C->getType() && isInterface(C->getType()) &&
          !(From && From->isEmpty()) && Arg->getType() &&
          !identical(Arg->getType(), C->getType()))
        return Through(Arg, "interface-converted");
      return findNotes(Arg, L, Out);
    }
    // append's result is its first argument's array.
    if (MS.CP.getCallKind(C) == CallKind::Builtin &&
        MS.CP.getBuiltin(C) == BuiltinId::Append && !C->getArgs().empty())
      return Through(C->getArgs()[0], "call parameter");
    return false;
  }
  if (auto *CL = llvm::dyn_cast<CompositeLit>(E)) {
    const Type *T = CL->getType() ? CL->getType()->getUnderlying() : nullptr;
    const char *Why = llvm::isa_and_nonnull<Struct>(T)
                          ? "struct literal element"
                          : "array literal element";
    if (!T || llvm::isa<Map>(T) || llvm::isa<goscape::Slice>(T))
      return false;
    for (const Expr *El : CL->getElems()) {
      if (auto *KV = llvm::dyn_cast<KeyValueExpr>(El))
        El = KV->getValue();
      if (Through(El, Why))
        return true;
    }
  }
  return false;
}

uint32_t Batch::notesFor(const Location *L, const FlowCtx &Ctx) {
  if (!Ctx.Where && !Ctx.Rhs && Ctx.Implicits.empty())
    return 0;
  std::vector<Note> Ns;
  auto *A = llvm::dyn_cast_or_null<Alloc>(L->I);
  bool VarargsSite = A && A->getAllocKind() == AllocKind::Varargs;
  if (Ctx.Rhs) {
    if (findNotes(Ctx.Rhs, L, Ns) && Ctx.Implicit)
      Ns.push_back({Ctx.Rhs, Ctx.Implicit, Ctx.ImplicitLoc});
  } else if (L->Kind == Location::Site && !L->TmpName.empty()) {
    // The conversion of a multi-value call's temporary.
    Ns.push_back({L->I->getNode(), "spill", locPos(L), L->TmpName});
  } else if (VarargsSite && Ctx.Where == A->getNode())
    Ns.push_back({A->getNode(), "spill", A->getLoc(), "... argument"});
  Ns.insert(Ns.end(), Ctx.Implicits.begin(), Ctx.Implicits.end());
  if (auto *CI = llvm::dyn_cast_or_null<Instr>(Ctx.Conv); CI && CI->getNode()) {
    // A multi-value call's result converts as its temporary.
    std::string Tmp;
    SourceLoc TmpLoc;
    auto *MI = llvm::dyn_cast<MakeInterface>(CI);
    if (MI && multiValueTemp(mvTemps(CI->getFunction()), MI->getX(), Tmp,
                             TmpLoc))
      Ns.push_back({CI->getNode(), "interface-converted", CI->getLoc(),
                    NoteTexts.emplace_back(std::move(Tmp))});
    else
      Ns.push_back({CI->getNode(), "interface-converted", CI->getLoc()});
  }
  if (Ctx.Where && Ctx.Varargs)
    Ns.push_back({Ctx.Where, Ctx.Why, Ctx.Where->getLoc(), "... argument"});
  else if (Ctx.Where)
    Ns.push_back({Ctx.Where, Ctx.Why, Ctx.Loc, Ctx.Text});
  NoteLists.push_back(std::move(Ns));
  return NoteLists.size() - 1;
}

const Var *escape::embeddedFieldStep(const Type *&Cur, unsigned Idx,
                                     bool &ThroughPtr) {
  ThroughPtr = isPtrType(Cur);
  const Type *ST =
      ThroughPtr ? llvm::cast<Pointer>(Cur->getUnderlying())->getElem() : Cur;
  auto *Str =
      llvm::dyn_cast_or_null<Struct>(ST ? ST->getUnderlying() : nullptr);
  if (!Str || Idx >= Str->getFields().size())
    return nullptr;
  const Var *F = Str->getFields()[Idx];
  Cur = F->getType();
  return F;
}

bool Batch::fieldPathNotes(const SelectorExpr *S, std::string Text,
                           const Type *Cur, llvm::ArrayRef<unsigned> Path,
                           std::optional<bool> WantPtr,
                           std::vector<Note> &Ns) {
  for (unsigned Idx : Path) {
    bool Ptr;
    const Var *F = embeddedFieldStep(Cur, Idx, Ptr);
    if (!F)
      return false;
    Text += "." + F->getName().str();
    NoteTexts.push_back(Text);
    Ns.push_back({S, Ptr ? "dot of pointer" : "dot", S->getLoc(),
                  NoteTexts.back()});
  }
  if (WantPtr && *WantPtr != isPtrType(Cur)) {
    NoteTexts.push_back(Text);
    Ns.push_back({S, *WantPtr ? "address-of" : "indirection", S->getLoc(),
                  NoteTexts.back()});
  }
  return true;
}

std::vector<Note> Batch::implicitSelections(const SelectorExpr *S,
                                            const Selection &Sel) {
  std::vector<Note> Ns;
  if (Sel.InterfaceMethod || Sel.Path.empty())
    return Ns;
  if (!fieldPathNotes(S, MS.exprText(S->getX()), S->getX()->getType(),
                      Sel.Path.drop_back(), Sel.PtrRecv, Ns))
    return {};
  return Ns;
}

std::string Batch::locText(const Location *L) const {
  if (L->Kind == Location::Site)
    return siteString(L);
  if (L->Kind == Location::Result && L->Fn)
    return resultName(L->Fn, L->ResultIndex - 1);
  if (L->Obj)
    return L->Obj->getName().str();
  return L->TmpName.empty() ? std::string("{temp}") : L->TmpName.str();
}

std::string Batch::locName(const Location *L) const {
  switch (L->Kind) {
  case Location::Heap:
    return "{heap}";
  case Location::Temp:
  case Location::Later:
    return "{temp}";
  case Location::Site:
    return "{storage for " + siteString(L) + "}";
  default:
    return locText(L);
  }
}

SourceLoc Batch::locPos(const Location *L) const {
  if (L->Lit)
    return L->Lit->getLoc();
  if (L->Obj && L->Kind != Location::Site)
    return L->I && L->I->isInlined() ? L->I->getLoc() : varLoc(L->Obj);
  if (L->TmpLoc.isValid())
    return L->TmpLoc;
  return L->I ? L->I->getLoc() : SourceLoc();
}

/// gc's position of a note's construct.
static SourceLoc noteLoc(const Node *N) {
  if (auto *E = llvm::dyn_cast<Expr>(N))
    return gcExprLoc(E);
  return N->getLoc();
}

void Batch::explainFlow(std::vector<ExplainLine> &Out, const Location *Dst,
                        const Location *Src, int Derefs,
                        llvm::ArrayRef<Note> Notes) {
  auto NotePos = [](const Note &N) {
    return N.Loc.isValid() ? N.Loc : noteLoc(N.Where);
  };
  std::string Ops = Derefs < 0 ? "&" : std::string(Derefs, '*');
  // -json puts a flow at its first note, or at its source's node.
  Out.push_back({ExplainLine::Flow,
                 Notes.empty() ? locPos(Src) : NotePos(Notes.front()),
                 "  flow: " + locName(Dst) + " = " + Ops + locName(Src) +
                     ":"});
  for (const Note &N : Notes)
    Out.push_back(
        {ExplainLine::Note, NotePos(N),
         "    from " +
             (!N.Text.empty() ? N.Text.str() : MS.nodeText(N.Where)) +
             " (" + N.Why + ")"});
}

std::vector<ExplainLine> Batch::explainPath(Location *Root, Location *Src) {
  std::vector<ExplainLine> Out;
  llvm::DenseSet<const Location *> Visited;
  Location *Seg = Src, *Cur = Src;
  int Derefs = 0;
  std::vector<Note> Notes;
  while (Cur != Root && Cur->Dst) {
    if (!Visited.insert(Cur).second) {
      Out.push_back({ExplainLine::Warning, SourceLoc(),
                     "  warning: truncated explanation due to assignment "
                     "cycle; see golang.org/issue/35518"});
      break;
    }
    Location *Dst = Cur->Dst;
    const Edge &E = Dst->Edges[Cur->DstEdge];
    Derefs += E.Derefs;
    const std::vector<Note> &Ns = NoteLists[E.Notes];
    Notes.insert(Notes.end(), Ns.begin(), Ns.end());
    Cur = Dst;
    if (Dst->Kind == Location::Temp && Dst != Root)
      continue;
    explainFlow(Out, Dst, Seg, Derefs, Notes);
    Seg = Dst;
    Derefs = 0;
    Notes.clear();
  }
  return Out;
}
