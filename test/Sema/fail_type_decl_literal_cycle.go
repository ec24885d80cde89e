// errorcheck

// A composite literal of a defined type inside that type's own array,
// slice, struct or map type finds it incomplete: types2's "illegal cycle in
// type declaration". Under a pointer it is an invalid literal type.

package p

type T [len(T{})]int // ERROR "illegal cycle in type declaration"

type S struct {
	a [len(S{}.b)]int // ERROR "illegal cycle in type declaration"
	b [2]int
}

type M map[[len(M{})]int]int // ERROR "illegal cycle in type declaration"

type L [][len(L{})]int // ERROR "illegal cycle in type declaration"

type P *[len(P{})]int // ERROR "invalid composite literal type P"

func f() {
	type U [len(U{})]int // ERROR "illegal cycle in type declaration"
}
