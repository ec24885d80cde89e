//===- Object.cpp - Named language entities, scopes, packages -------------===//
//
// The few object operations that need more than a field access: exportedness
// (Go's rule: the name starts with a Unicode upper-case letter), alias
// detection (types2's TypeName.IsAlias), gc's full names of functions and
// methods, and scope insertion.
//
//===----------------------------------------------------------------------===//

#include "goscape/AST/Object.h"

#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/MathExtras.h"

using namespace goscape;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

/// Unicode upper-case letters (category Lu) for the scripts Go identifiers
/// plausibly use; ASCII is handled by the caller.
static bool isUpperRune(uint32_t C) {
  if (C >= 0xC0 && C <= 0xDE)
    return C != 0xD7;
  if (C >= 0x100 && C <= 0x17F) // Latin Extended-A: mostly even = upper.
    return (C <= 0x137 || C >= 0x14A) ? (C % 2 == 0 && C != 0x138)
                                      : (C % 2 == 1 && C != 0x149);
  if (C >= 0x391 && C <= 0x3AB)
    return C != 0x3A2;
  if (C >= 0x400 && C <= 0x42F)
    return true;
  if (C >= 0x1E00 && C <= 0x1EFF)
    return C % 2 == 0;
  if (C >= 0xFF21 && C <= 0xFF3A) // Fullwidth A-Z.
    return true;
  return false;
}

bool Object::isExported() const {
  llvm::StringRef N = getName();
  if (N.empty())
    return false;
  unsigned char C = N[0];
  if (C < 0x80)
    return C >= 'A' && C <= 'Z';
  llvm::UTF32 CP;
  const llvm::UTF8 *Src = reinterpret_cast<const llvm::UTF8 *>(N.data());
  llvm::UTF32 *Dst = &CP;
  unsigned Len = llvm::getNumBytesForUTF8(C);
  if (Len > N.size() ||
      llvm::ConvertUTF8toUTF32(&Src, Src + Len, &Dst, &CP + 1,
                               llvm::strictConversion) != llvm::conversionOK)
    return false;
  return isUpperRune(CP);
}

bool TypeName::isAlias() const {
  const Type *T = getType();
  if (!T)
    return false;
  if (auto *B = dyn_cast<Basic>(T)) {
    if (getPackage() && getPackage()->getPath() == "unsafe")
      return false; // unsafe.Pointer is a defined type of its own.
    // Basic types are declared in the universe; any other name for one is an
    // alias, and so are byte and rune (which keep their own spelling).
    return getPackage() || B->getName() != getName() ||
           getName() == "byte" || getName() == "rune";
  }
  if (auto *N = dyn_cast<Named>(T))
    return N->getObject() != this;
  return true;
}

std::string Func::getFullName() const {
  std::string S;
  llvm::raw_string_ostream OS(S);
  const Package *P = getPackage();
  bool Qualify = P && P->isImported();
  const Signature *Sig = getSignature();
  const Var *Recv = Sig ? Sig->getRecv() : nullptr;
  if (!Recv) {
    if (Qualify)
      OS << P->getName() << '.';
    OS << getName();
    return S;
  }
  if (Qualify)
    OS << P->getName() << '.';
  const Type *RT = Recv->getType();
  if (auto *Ptr = dyn_cast_or_null<Pointer>(RT)) {
    OS << "(*";
    if (auto *N = dyn_cast<Named>(Ptr->getElem()))
      OS << N->getObject()->getName();
    else
      Ptr->getElem()->print(OS);
    OS << ')';
  } else if (auto *N = dyn_cast_or_null<Named>(RT)) {
    OS << N->getObject()->getName();
  } else if (RT) {
    RT->print(OS);
  }
  OS << '.' << getName();
  return S;
}

Object *Scope::insert(Object *O) {
  llvm::StringRef Name = O->getName();
  uint32_t Hash = hashName(Name);
  if (Object *Prev = lookup(Name, Hash))
    return Prev;
  Entries.push_back({O, Hash});
  if (!Index.empty() && (Entries.size() + 1) * 2 <= Index.size()) {
    addToIndex(unsigned(Entries.size() - 1));
  } else if (Entries.size() > LinearLimit) {
    // (Re)build the index at four times the entry count.
    Index.assign(llvm::PowerOf2Ceil(Entries.size() * 4), 0);
    for (unsigned I = 0, E = unsigned(Entries.size()); I != E; ++I)
      addToIndex(I);
  }
  if (!O->getParent())
    O->setParent(this);
  return nullptr;
}

void Scope::addToIndex(unsigned EntryNo) {
  size_t Mask = Index.size() - 1;
  for (size_t Slot = Entries[EntryNo].Hash & Mask;; Slot = (Slot + 1) & Mask)
    if (!Index[Slot]) {
      Index[Slot] = EntryNo + 1;
      return;
    }
}

Object *Scope::lookupIndexed(llvm::StringRef Name, uint32_t Hash) const {
  size_t Mask = Index.size() - 1;
  for (size_t Slot = Hash & Mask;; Slot = (Slot + 1) & Mask) {
    uint32_t I = Index[Slot];
    if (!I)
      return nullptr;
    const Entry &E = Entries[I - 1];
    if (E.Hash == Hash && E.Obj->getName() == Name)
      return E.Obj;
  }
}
