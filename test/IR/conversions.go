// RUN: %goscape ssa %s | FileCheck %s
// Conversions: numeric convert, string<->[]byte/[]rune and string(rune)
// are stringconv sites, named types changetype, interfaces makeinterface
// and changeinterface, untyped nil a typed constant.
package p

type MyInt int
type Stringer interface{ String() string }

func conv(x int, s string, e error) (float64, []byte, []rune, string, MyInt, interface{}, interface{}, *int) {
	return float64(x), []byte(s), []rune(s), string(rune(x)), MyInt(x), x, e, nil
}

// CHECK-LABEL: func conv(%x int, %s string, %e error) (float64, []byte, []rune, string, MyInt, interface{}, interface{}, *int) ; 10:6
// gc makes the []byte and []rune conversions before the other results.
// CHECK: %t0 = stringconv []byte <- string %s ; 11:27 undecided
// CHECK: %t1 = stringconv []rune <- string %s ; 11:38 undecided
// CHECK: %t2 = convert float64 <- int %x ; 11:16
// CHECK: %t3 = convert rune <- int %x ; 11:54
// CHECK: %t4 = stringconv string <- rune %t3 ; 11:49 undecided
// CHECK: %t5 = changetype MyInt <- int %x ; 11:65
// CHECK: %t6 = makeinterface interface{} <- int %x ; 11:70 undecided
// CHECK: %t7 = changeinterface interface{} <- error %e ; 11:73
// CHECK: return %t2, %t0, %t1, %t4, %t5, %t6, %t7, nil:*int ; 11:2
// CHECK-LABEL: func init()
// CHECK: return ; synthetic
