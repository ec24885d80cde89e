//===- Strings.h - Package strings ------------------------------*- C++ -*-===//
//
// The modelled part of package strings: Builder and the functions
// Contains, ContainsAny, ContainsRune, Count, Fields, HasPrefix, HasSuffix,
// Index, IndexByte, Join, LastIndex, Repeat, Replace, ReplaceAll, Split,
// SplitAfterN, SplitN, ToLower, ToUpper,
// Trim, TrimLeft, TrimPrefix, TrimRight, TrimSpace, TrimSuffix, with Go 1.19's results (including the capacity of returned
// slices, which equals their length, and Builder's growth, which follows
// append's growslice and Grow's 2*cap+n rule so Cap() matches gc).
//
// strings.Builder is laid out as the modelled Go struct
// `struct { addr *Builder; buf []byte }` (32 bytes) so compiled code can
// allocate it; the zero value is an empty Builder. The first write records
// the Builder's address; using a copy of a non-empty Builder panics with
// "strings: illegal use of non-zero Builder copied by value".
//
// Panics are Go's string panic values: "strings: negative Repeat count",
// "strings: Repeat count causes overflow",
// "strings.Builder.Grow: negative count".
//
// ToUpper maps with Go 1.19's unicode.ToUpper (Unicode 13); Fields splits
// around unicode.IsSpace runs. Invalid UTF-8 counts as U+FFFD, one byte
// per rune (ToUpper then writes U+FFFD's encoding, as strings.Map does).
//
//===----------------------------------------------------------------------===//

#ifndef GOSCAPE_RT_STRINGS_H
#define GOSCAPE_RT_STRINGS_H

#include "goscape-rt/Errors.h"

namespace gs {

/// strings.Builder.
struct StringsBuilder {
  StringsBuilder *Addr; ///< self once used; detects copies
  Slice Buf;            ///< the bytes written
};
static_assert(sizeof(StringsBuilder) == 32, "unsafe.Sizeof(strings.Builder{})");

/// (*Builder).Cap: cap(b.buf).
GS_RUNTIME intptr_t gs_strings_Builder_Cap(StringsBuilder *B);
/// (*Builder).Grow(n): ensures room for N more bytes (new capacity
/// 2*cap+N when it must grow). Panics if N < 0.
GS_RUNTIME void gs_strings_Builder_Grow(StringsBuilder *B, intptr_t N);
/// (*Builder).Len: len(b.buf).
GS_RUNTIME intptr_t gs_strings_Builder_Len(StringsBuilder *B);
/// (*Builder).Reset: back to the zero value.
GS_RUNTIME void gs_strings_Builder_Reset(StringsBuilder *B);
/// (*Builder).String: the bytes written so far (shared, not copied).
GS_RUNTIME void gs_strings_Builder_String(String *Out, StringsBuilder *B);
/// (*Builder).Write(p): appends P; *Out = {len(p), nil}.
GS_RUNTIME void gs_strings_Builder_Write(IntError *Out, StringsBuilder *B,
                                         const uint8_t *PPtr, intptr_t PLen,
                                         intptr_t PCap);
/// (*Builder).WriteByte(c): appends C; *Out = nil error.
GS_RUNTIME void gs_strings_Builder_WriteByte(Iface *Out, StringsBuilder *B,
                                             uint8_t C);
/// (*Builder).WriteRune(r): appends R's UTF-8 encoding (U+FFFD if
/// invalid); *Out = {bytes written, nil}.
GS_RUNTIME void gs_strings_Builder_WriteRune(IntError *Out, StringsBuilder *B,
                                             int32_t R);
/// (*Builder).WriteString(s): appends S; *Out = {len(s), nil}.
GS_RUNTIME void gs_strings_Builder_WriteString(IntError *Out, StringsBuilder *B,
                                               const uint8_t *SPtr,
                                               intptr_t SLen);

/// strings.Contains(s, substr).
GS_RUNTIME bool gs_strings_Contains(const uint8_t *SPtr, intptr_t SLen,
                                    const uint8_t *SubPtr, intptr_t SubLen);
/// strings.ContainsRune(s, r): S holds R (utf8.RuneError also matches
/// an invalid byte; a negative, surrogate or too large R matches nothing).
GS_RUNTIME bool gs_strings_ContainsRune(const uint8_t *SPtr, intptr_t SLen,
                                        int32_t R);
/// strings.ContainsAny(s, chars): a rune of S (an invalid byte is
/// utf8.RuneError) is in Chars.
GS_RUNTIME bool gs_strings_ContainsAny(const uint8_t *SPtr, intptr_t SLen,
                                       const uint8_t *CharsPtr,
                                       intptr_t CharsLen);
/// strings.Fields(s): *Out = the runs of non-space runes ([]string).
GS_RUNTIME void gs_strings_Fields(Slice *Out, const uint8_t *SPtr,
                                  intptr_t SLen);
/// strings.HasPrefix(s, prefix).
GS_RUNTIME bool gs_strings_HasPrefix(const uint8_t *SPtr, intptr_t SLen,
                                     const uint8_t *PrefixPtr,
                                     intptr_t PrefixLen);
/// strings.Index(s, substr): first byte index of Substr, or -1.
GS_RUNTIME intptr_t gs_strings_Index(const uint8_t *SPtr, intptr_t SLen,
                                     const uint8_t *SubPtr, intptr_t SubLen);
/// strings.Join(elems, sep): *Out = the elements separated by Sep.
GS_RUNTIME void gs_strings_Join(String *Out, const String *ElemsPtr,
                                intptr_t ElemsLen, intptr_t ElemsCap,
                                const uint8_t *SepPtr, intptr_t SepLen);
/// strings.Repeat(s, count). Panics on a negative or overflowing count.
GS_RUNTIME void gs_strings_Repeat(String *Out, const uint8_t *SPtr,
                                  intptr_t SLen, intptr_t Count);
/// strings.Split(s, sep): *Out = all substrings between separators (Sep
/// empty: one string per UTF-8 sequence).
GS_RUNTIME void gs_strings_Split(Slice *Out, const uint8_t *SPtr, intptr_t SLen,
                                 const uint8_t *SepPtr, intptr_t SepLen);
/// strings.SplitN(s, sep, n): at most N substrings (all if N < 0, nil if
/// N == 0) between the separators.
GS_RUNTIME void gs_strings_SplitN(Slice *Out, const uint8_t *SPtr,
                                  intptr_t SLen, const uint8_t *SepPtr,
                                  intptr_t SepLen, intptr_t N);
/// strings.SplitAfterN(s, sep, n): at most N substrings (all if N < 0,
/// nil if N == 0), each keeping its separator.
GS_RUNTIME void gs_strings_SplitAfterN(Slice *Out, const uint8_t *SPtr,
                                       intptr_t SLen, const uint8_t *SepPtr,
                                       intptr_t SepLen, intptr_t N);
/// strings.ToUpper(s).
GS_RUNTIME void gs_strings_ToUpper(String *Out, const uint8_t *SPtr,
                                   intptr_t SLen);
/// strings.ToLower(s) (src/StringsLower.cpp).
GS_RUNTIME void gs_strings_ToLower(String *Out, const uint8_t *SPtr,
                                   intptr_t SLen);

/// strings.Count(s, substr): non-overlapping occurrences of Substr (the
/// rune count plus one when Substr is empty).
GS_RUNTIME intptr_t gs_strings_Count(const uint8_t *SPtr, intptr_t SLen,
                                     const uint8_t *SubPtr, intptr_t SubLen);
/// strings.HasSuffix(s, suffix).
GS_RUNTIME bool gs_strings_HasSuffix(const uint8_t *SPtr, intptr_t SLen,
                                     const uint8_t *SuffixPtr,
                                     intptr_t SuffixLen);
/// strings.IndexByte(s, c): first byte index of C, or -1.
GS_RUNTIME intptr_t gs_strings_IndexByte(const uint8_t *SPtr, intptr_t SLen,
                                         uint8_t C);
/// strings.LastIndex(s, substr): last byte index of Substr, or -1.
GS_RUNTIME intptr_t gs_strings_LastIndex(const uint8_t *SPtr, intptr_t SLen,
                                         const uint8_t *SubPtr,
                                         intptr_t SubLen);
/// strings.Replace(s, old, new, n): the first N non-overlapping Old
/// replaced by New (all if N < 0; empty Old matches before every rune and
/// at the end); S itself when nothing is replaced.
GS_RUNTIME void gs_strings_Replace(String *Out, const uint8_t *SPtr,
                                   intptr_t SLen, const uint8_t *OldPtr,
                                   intptr_t OldLen, const uint8_t *NewPtr,
                                   intptr_t NewLen, intptr_t N);
/// strings.ReplaceAll(s, old, new): Replace with N = -1.
GS_RUNTIME void gs_strings_ReplaceAll(String *Out, const uint8_t *SPtr,
                                      intptr_t SLen, const uint8_t *OldPtr,
                                      intptr_t OldLen, const uint8_t *NewPtr,
                                      intptr_t NewLen);
/// strings.Trim(s, cutset): S without leading and trailing runes in Cutset.
GS_RUNTIME void gs_strings_Trim(String *Out, const uint8_t *SPtr,
                                intptr_t SLen, const uint8_t *CutPtr,
                                intptr_t CutLen);
/// strings.TrimLeft(s, cutset).
GS_RUNTIME void gs_strings_TrimLeft(String *Out, const uint8_t *SPtr,
                                    intptr_t SLen, const uint8_t *CutPtr,
                                    intptr_t CutLen);
/// strings.TrimRight(s, cutset).
GS_RUNTIME void gs_strings_TrimRight(String *Out, const uint8_t *SPtr,
                                     intptr_t SLen, const uint8_t *CutPtr,
                                     intptr_t CutLen);
/// strings.TrimPrefix(s, prefix).
GS_RUNTIME void gs_strings_TrimPrefix(String *Out, const uint8_t *SPtr,
                                      intptr_t SLen, const uint8_t *PrefixPtr,
                                      intptr_t PrefixLen);
/// strings.TrimSuffix(s, suffix).
GS_RUNTIME void gs_strings_TrimSuffix(String *Out, const uint8_t *SPtr,
                                      intptr_t SLen, const uint8_t *SuffixPtr,
                                      intptr_t SuffixLen);
/// strings.TrimSpace(s): S without leading and trailing unicode.IsSpace
/// runes.
GS_RUNTIME void gs_strings_TrimSpace(String *Out, const uint8_t *SPtr,
                                     intptr_t SLen);

} // namespace gs

#endif // GOSCAPE_RT_STRINGS_H
