//===- Print.cpp - The print and println builtins -------------------------===//
//
// gc's formatting for print/println (Print.h). The float format is gc's:
// the value is scaled into [1, 10) by repeated division or multiplication
// by 10, rounded by adding 5e-7, and seven digits are peeled off, so the
// digits equal gc's (not a correctly rounded printf). The same formatting
// prints panic values (Panic.cpp).
//
//===----------------------------------------------------------------------===//

#include "goscape-rt/Print.h"

#include "Internal.h"
#include "goscape-rt/Output.h"

#include <cmath>

using namespace gs;

void rt::appendUint(std::string &S, uint64_t V) {
  char Buf[20];
  int I = sizeof(Buf);
  do {
    Buf[--I] = char('0' + V % 10);
    V /= 10;
  } while (V);
  S.append(Buf + I, sizeof(Buf) - I);
}

void rt::appendInt(std::string &S, int64_t V) {
  if (V < 0) {
    S += '-';
    appendUint(S, uint64_t(0) - uint64_t(V));
    return;
  }
  appendUint(S, uint64_t(V));
}

void rt::appendHex(std::string &S, uint64_t V) {
  static const char Digits[] = "0123456789abcdef";
  char Buf[16];
  int I = sizeof(Buf);
  do {
    Buf[--I] = Digits[V & 15];
    V >>= 4;
  } while (V);
  S += "0x";
  S.append(Buf + I, sizeof(Buf) - I);
}

void rt::appendFloat(std::string &S, double V) {
  if (V != V) {
    S += "NaN";
    return;
  }
  if (V + V == V && V != 0) {
    S += V > 0 ? "+Inf" : "-Inf";
    return;
  }
  constexpr int Digits = 7;
  char Sign = '+';
  int Exp = 0;
  if (V == 0) {
    if (std::signbit(V))
      Sign = '-';
  } else {
    if (V < 0) {
      V = -V;
      Sign = '-';
    }
    while (V >= 10) {
      ++Exp;
      V /= 10;
    }
    while (V < 1) {
      --Exp;
      V *= 10;
    }
    double Half = 5.0;
    for (int I = 0; I < Digits; ++I)
      Half /= 10;
    V += Half;
    if (V >= 10) {
      ++Exp;
      V /= 10;
    }
  }
  char D[Digits];
  for (int I = 0; I < Digits; ++I) {
    int Dig = int(V);
    D[I] = char('0' + Dig);
    V -= double(Dig);
    V *= 10;
  }
  S += Sign;
  S += D[0];
  S += '.';
  S.append(D + 1, Digits - 1);
  S += 'e';
  S += Exp < 0 ? '-' : '+';
  if (Exp < 0)
    Exp = -Exp;
  S += char('0' + Exp / 100);
  S += char('0' + (Exp / 10) % 10);
  S += char('0' + Exp % 10);
}

void rt::appendComplex(std::string &S, double Re, double Im) {
  S += '(';
  appendFloat(S, Re);
  appendFloat(S, Im);
  S += "i)";
}

void gs::gs_printint(int64_t V) {
  std::string S;
  rt::appendInt(S, V);
  rt::writeStderr(S);
}

void gs::gs_printuint(uint64_t V) {
  std::string S;
  rt::appendUint(S, V);
  rt::writeStderr(S);
}

void gs::gs_printhex(uint64_t V) {
  std::string S;
  rt::appendHex(S, V);
  rt::writeStderr(S);
}

void gs::gs_printfloat(double V) {
  std::string S;
  rt::appendFloat(S, V);
  rt::writeStderr(S);
}

void gs::gs_printcomplex(double Re, double Im) {
  std::string S;
  rt::appendComplex(S, Re, Im);
  rt::writeStderr(S);
}

void gs::gs_printbool(bool V) { rt::writeStderr(V ? "true" : "false"); }

void gs::gs_printstring(const uint8_t *Ptr, intptr_t Len) {
  gs_write_stderr(Ptr, Len);
}

void gs::gs_printpointer(const void *P) { gs_printhex(uintptr_t(P)); }

void gs::gs_printeface(const Type *T, const void *Data) {
  std::string S = "(";
  rt::appendHex(S, uintptr_t(T));
  S += ',';
  rt::appendHex(S, uintptr_t(Data));
  S += ')';
  rt::writeStderr(S);
}

void gs::gs_printiface(const Itab *Tab, const void *Data) {
  gs_printeface(reinterpret_cast<const Type *>(Tab), Data);
}

void gs::gs_printslice(const void *Ptr, intptr_t Len, intptr_t Cap) {
  std::string S = "[";
  rt::appendInt(S, Len);
  S += '/';
  rt::appendInt(S, Cap);
  S += ']';
  rt::appendHex(S, uintptr_t(Ptr));
  rt::writeStderr(S);
}

void gs::gs_printsp() { rt::writeStderr(" "); }

void gs::gs_printnl() { rt::writeStderr("\n"); }
