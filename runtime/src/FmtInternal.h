//===- FmtInternal.h - The fmt printer, shared by the Fmt*.cpp files ------===//
//
// Go's fmt in two layers, as in Go 1.19:
//
//   Formatter  formats one primitive (integer, float, string, rune, byte
//              run) into a byte buffer under the current flags, width and
//              precision, padding with spaces or zeros.
//   Printer    walks the arguments of one Print/Printf call: parses the
//              format, reports bad verbs and missing/extra operands in
//              Go's `%!v(...)` forms, calls Error/String/GoString methods
//              found in a value's method set, and prints any other value
//              through its type descriptor (structs, pointers, slices,
//              arrays, maps with sorted keys, interfaces).
//
// A value is seen as a Value: its descriptor and a pointer to its bytes.
// CanInterface is false below an unexported struct field, where Go's fmt
// no longer calls methods.
//
// Also here: the helpers the other stdlib files share (UTF-8, quoting, the
// float formatting of strconv.FormatFloat, allocation of Go strings,
// errors.New values and library panics with string values).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_SRC_FMTINTERNAL_H
#define GOSCAPE_RT_SRC_FMTINTERNAL_H

#include "goscape-rt/Type.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace gs::fmt {

//===----------------------------------------------------------------------===//
// Shared helpers
//===----------------------------------------------------------------------===//

/// Copies Bytes into a new garbage-collected Go string.
String makeString(std::string_view Bytes);

/// errors.New(Text) as an `error` value.
Iface newError(String Text);

/// Panics with a string value, as Go's panic("...") in library code.
[[noreturn]] void panicString(String Msg);
/// panicString for a static C string.
[[noreturn]] void panicString(const char *Msg);

/// Views a Go string.
inline std::string_view view(const uint8_t *Ptr, intptr_t Len) {
  return {reinterpret_cast<const char *>(Ptr), size_t(Len)};
}
inline std::string_view view(String S) { return view(S.Ptr, S.Len); }

/// U+FFFD, what invalid UTF-8 decodes to.
constexpr int32_t RuneError = 0xFFFD;
constexpr int32_t MaxRune = 0x10FFFF;

/// Decodes the first rune of S (non-empty) as Go's utf8.DecodeRuneInString:
/// invalid encodings yield RuneError with width 1.
int32_t decodeRune(std::string_view S, int &Width);
/// Appends the UTF-8 encoding of R (RuneError if R is not a valid rune).
void appendRune(std::string &Out, int32_t R);
/// Number of runes in S, counting each invalid byte as one.
size_t runeCount(std::string_view S);
/// Go's unicode.IsSpace.
bool isSpace(int32_t R);
/// Go's strconv.IsPrint (Unicode 13 as in Go 1.19).
bool isPrint(int32_t R);
/// Go's strconv.CanBackquote.
bool canBackquote(std::string_view S);
/// Appends S double-quoted with Go escapes; ASCIIOnly escapes every
/// non-ASCII rune (strconv.Quote / QuoteToASCII).
void appendQuote(std::string &Out, std::string_view S, bool ASCIIOnly);
/// Appends R single-quoted (strconv.QuoteRune / QuoteRuneToASCII).
void appendQuoteRune(std::string &Out, int32_t R, bool ASCIIOnly);

/// Appends V formatted as strconv.AppendFloat(dst, V, Fmt, Prec, BitSize):
/// Fmt one of 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X', Prec -1 for the shortest
/// representation that reads back as the same float of BitSize bits.
void appendFloat(std::string &Out, double V, char Fmt, int Prec, int BitSize);

/// Room for the decimal form of any int64, sign included.
constexpr size_t MaxIntDigits = 20;

/// Writes the decimal form of V so that it ends just before End (which
/// has MaxIntDigits bytes before it); returns where it starts.
char *formatInt(char *End, int64_t V);

/// Appends the decimal form of an integer.
void appendInt(std::string &Out, int64_t V);

//===----------------------------------------------------------------------===//
// Formatter
//===----------------------------------------------------------------------===//

/// The flags of one verb (fmt's fmtFlags plus width and precision).
struct Flags {
  bool WidPresent = false;
  bool PrecPresent = false;
  bool Minus = false;
  bool Plus = false;
  bool Sharp = false;
  bool Space = false;
  bool Zero = false;
  /// %+v and %#v: set instead of Plus/Sharp for the v verb.
  bool PlusV = false;
  bool SharpV = false;
  int Wid = 0;
  int Prec = 0;
};

/// Digits for hexadecimal formatting; index 16 is the 'x' of "0x".
inline constexpr const char LDigits[] = "0123456789abcdefx";
inline constexpr const char UDigits[] = "0123456789ABCDEFX";

/// Formats primitives into Buf under F (Go's fmt.fmt).
class Formatter {
public:
  explicit Formatter(std::string &Buf) : Buf(Buf) {}

  Flags F;

  void clearFlags() { F = Flags(); }
  void writePadding(int N);
  void pad(std::string_view S);
  void fmtBoolean(bool V);
  void fmtUnicode(uint64_t U);
  void fmtInteger(uint64_t U, int Base, bool IsSigned, int32_t Verb,
                  const char *Digits);
  void fmtS(std::string_view S);
  void fmtSbx(std::string_view S, const char *Digits);
  void fmtQ(std::string_view S);
  void fmtC(uint64_t C);
  void fmtQc(uint64_t C);
  void fmtFloat(double V, int Size, char Verb, int Prec);

private:
  std::string_view truncate(std::string_view S) const;

  std::string &Buf;
};

//===----------------------------------------------------------------------===//
// Printer
//===----------------------------------------------------------------------===//

/// A Go value: its type and a pointer to its bytes. Tp null: a nil
/// interface (no value).
struct Value {
  const Type *Tp = nullptr;
  const void *Ptr = nullptr;
  /// False once reached through an unexported struct field.
  bool CanInterface = true;

  bool valid() const { return Tp != nullptr; }
  /// The interface data word for this value: the pointer itself for a
  /// DirectIface type, else a pointer to the value.
  void *dataWord() const;
};

/// The value held by interface{} E.
Value fromEface(const Eface &E);

/// One Print/Printf call (Go's pp).
class Printer {
public:
  Printer() : Fmt(Buf) {}
  Printer(const Printer &) = delete;
  Printer &operator=(const Printer &) = delete;

  std::string Buf;
  Formatter Fmt;

  void doPrint(const Eface *Args, intptr_t N);
  void doPrintln(const Eface *Args, intptr_t N);
  void doPrintf(std::string_view Format, const Eface *Args, intptr_t N);

  /// Errorf: %w accepted once; the wrapped error is recorded here.
  bool WrapErrs = false;
  Eface WrappedErr{};

private:
  void printArg(Value Arg, int32_t Verb);
  void printValue(Value V, int32_t Verb, int Depth);
  bool handleMethods(int32_t Verb);
  /// Calls Arg's method M (Name: "Error", "String" or "GoString") for
  /// Verb: true with its result, or false after printing Go's form of a
  /// panic in the method (catchPanic).
  bool callStringMethod(const Method *M, int32_t Verb, const char *Name,
                        String &Result);
  void badVerb(int32_t Verb);
  void writeRune(int32_t R) { appendRune(Buf, R); }

  void fmtBool(bool V, int32_t Verb);
  void fmt0x64(uint64_t V, bool Leading0x);
  void fmtInteger(uint64_t V, bool IsSigned, int32_t Verb);
  void fmtFloat(double V, int Size, int32_t Verb);
  void fmtString(std::string_view V, int32_t Verb);
  void fmtBytes(std::string_view V, bool IsNil, int32_t Verb,
                const char *TypeString, Value Whole);
  void fmtPointer(Value V, int32_t Verb);
  void printMap(Value V, int32_t Verb, int Depth);
  void printList(Value V, int32_t Verb, int Depth);

  int argNumber(int ArgNum, std::string_view Format, size_t &I, int NumArgs,
                bool &Found);

  /// The operand being printed (Go's p.arg), if any.
  Value Arg;
  bool HasArg = false;
  /// The reflected value being printed (Go's p.value), if any.
  Value Val;
  bool Erroring = false;
  /// Printing the value of a panic raised by a method.
  bool Panicking = false;
  bool Reordered = false;
  bool GoodArgNum = true;
};

} // namespace gs::fmt

#endif // GOSCAPE_RT_SRC_FMTINTERNAL_H
