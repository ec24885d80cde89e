//===- String.h - Go string operations --------------------------*- C++ -*-===//
//
// Concatenation, comparison and conversions of Go strings, with gc's
// results and allocation behaviour.
//
// Strings are immutable {Ptr, Len}; Ptr may be null only when Len is 0.
// Results never alias a mutable input ([]byte, []rune), but may alias an
// input string (a concatenation with one non-empty part returns it).
//
// Temporary buffers: gc passes a 32-byte stack buffer (tmpBuf) to the
// conversions whose result does not escape; the result then lives in that
// buffer when it fits, saving an allocation. Buf parameters here are that
// buffer: null, or 32 bytes (32 runes for gs_stringtoslicerune, 4 bytes
// for gs_intstring) owned by the caller's frame.
//
// UTF-8: conversions to runes and `for range` over a string decode with
// Go's rules: an invalid encoding (bad byte, overlong form, surrogate half,
// beyond U+10FFFF, truncated sequence) yields U+FFFD (RuneError) and
// advances ONE byte. Encoding a rune that is negative, a surrogate or
// beyond U+10FFFF yields the 3 bytes of U+FFFD.
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_STRING_H
#define GOSCAPE_RT_STRING_H

#include "goscape-rt/Type.h"

namespace gs {

/// Size of the caller-provided temporary buffers (gc's tmpBuf).
constexpr intptr_t TmpBufSize = 32;

/// Concatenates the N strings at Parts into *Out (a + b + ...). Empty
/// parts are skipped. If exactly one part is non-empty the result is that
/// part itself (no allocation), unless Buf is null and the part's bytes
/// are on the stack (a temporary buffer that must not escape). Otherwise
/// the bytes go into Buf when it is given and they fit in TmpBufSize, else
/// into a new pointer-free allocation. Fatal error "string concatenation
/// too long" on overflow.
GS_RUNTIME void gs_concatstrings(String *Out, uint8_t *Buf,
                                 const String *Parts, intptr_t N);

/// Compares strings A and B bytewise: -1 if A < B, 0 if equal, +1 if A > B.
GS_RUNTIME intptr_t gs_cmpstring(const uint8_t *APtr, intptr_t ALen,
                                 const uint8_t *BPtr, intptr_t BLen);

/// Go's == on strings.
GS_RUNTIME bool gs_eqstring(const uint8_t *APtr, intptr_t ALen,
                            const uint8_t *BPtr, intptr_t BLen);

/// Implements string(b) for a []byte {Ptr, Len}: copies the bytes into
/// Buf if given and they fit, else a new allocation. Zero bytes give "";
/// one byte gives a static one-byte string (no allocation), as in gc.
GS_RUNTIME void gs_slicebytetostring(String *Out, uint8_t *Buf,
                                     const uint8_t *Ptr, intptr_t Len);

/// Implements []byte(s): *Out = {copy, len(s), cap}. With Buf and
/// len(s) <= TmpBufSize the copy lives in Buf (zeroed first) and cap is
/// TmpBufSize; otherwise cap is gs_roundupsize(len(s)) and the bytes past
/// len are zero.
GS_RUNTIME void gs_stringtoslicebyte(Slice *Out, uint8_t *Buf,
                                     const uint8_t *Ptr, intptr_t Len);

/// Implements []rune(s): decodes s (invalid bytes become U+FFFD) into
/// Buf (32 runes, zeroed first, cap 32) when given and the runes fit, else
/// into a new array whose cap is gs_roundupsize(4*n)/4.
GS_RUNTIME void gs_stringtoslicerune(Slice *Out, int32_t *Buf,
                                     const uint8_t *Ptr, intptr_t Len);

/// Implements string(r) for a []rune {Ptr, Len}: the UTF-8 encoding of
/// each rune (invalid ones as U+FFFD), in Buf if given and it fits.
GS_RUNTIME void gs_slicerunetostring(String *Out, uint8_t *Buf,
                                     const int32_t *Ptr, intptr_t Len);

/// Implements string(rune(V)) for any integer V: the UTF-8 encoding of V,
/// or of U+FFFD when V is not a valid rune (including values that do not
/// fit in 32 bits). Buf, if given, has 4 bytes and receives the result.
GS_RUNTIME void gs_intstring(String *Out, uint8_t *Buf, int64_t V);

/// Result of gs_decoderune, laid out as Go's (rune, int) results.
struct DecodeRuneResult {
  int32_t Rune;
  intptr_t Pos;
};

/// One step of `for i, r := range s`: decodes the rune starting at byte
/// K (0 <= K < Len) and stores it with the index of the next rune in *Out.
/// Invalid UTF-8 gives {0xFFFD, K+1}. Works for ASCII too, though compiled
/// code handles bytes < 0x80 inline, as gc does.
GS_RUNTIME void gs_decoderune(DecodeRuneResult *Out, const uint8_t *Ptr,
                              intptr_t Len, intptr_t K);

/// Writes the UTF-8 encoding of R (U+FFFD if R is not a valid rune) to P,
/// which has room for 4 bytes, and returns its length (1-4). For the
/// stdlib (utf8.EncodeRune, strings.Builder.WriteRune).
GS_RUNTIME intptr_t gs_encoderune(uint8_t *P, int32_t R);

} // namespace gs

#endif // GOSCAPE_RT_STRING_H
