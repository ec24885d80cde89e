// errorcheck

// A defined type whose right-hand side is a defined type still being
// declared: the recursion goes through a pointer, so it is fine, and the
// later type has the same underlying struct.

package p

type T1 struct{ Next *T2 }
type T2 T1

type U1 struct{ Next *U2 }
type U2 U3
type U3 U4
type U4 U1

type P *[4]Q
type Q P

var _ = T1{&T2{}}
var _ = T2{&T2{}}
var _ = U2{&U2{Next: &U2{}}}
var _ = (*[4]Q)(Q(nil))
