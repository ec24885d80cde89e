// errorcheck -0 -m -l

// After escape analysis gc's walk reports the index expressions into
// arrays (also through a pointer) and constant strings whose non-constant
// index is provably in range, in its compile order: per declared function,
// its literals that capture nothing (innermost first), then the function,
// then the literals it creates that capture variables, later ones first.

package p

var tab [256]uint32
var s [16]int

const hex = "0123456789abcdef"

type T struct{}

func (T) m(x uint) int { return s[x&1] } // ERROR "^index bounds check elided$"

func byteIndex(x uint32) uint32 { return tab[byte(x)] } // ERROR "^index bounds check elided$"

func forms(x uint, i int, p *[16]int) (int, byte) { // ERROR "^p does not escape$"
	return p[x&15] + s[x%16] + s[x>>60] + s[i&7] + s[x&^0xfff0], hex[x&15] // ERROR "^index bounds check elided$"
}

func notElided(x uint, i int, sl []int) int { // ERROR "^sl does not escape$"
	return s[x%17] + s[i%16] + s[x>>59] + sl[x&1] + s[3] + int(tab[uint16(x)])
}

func divided(x uint8) int { return s[x/16] + s[x>>4] } // ERROR "^index bounds check elided$"

func literals(x uint) int {
	f := func(y uint8) int { // ERROR "^func literal does not escape$"
		g := func(z uint8) int { return s[z&2] } // ERROR "^func literal does not escape$" "^index bounds check elided$"
		return s[y&3] + g(y)                     // ERROR "^index bounds check elided$"
	}
	h := func() int { return s[x&4] }                                            // ERROR "^func literal does not escape$" "^index bounds check elided$"
	r := func(y uint8) int { return s[y&5] }(1) + func() int { return s[x&6] }() // ERROR "^func literal does not escape$" "^index bounds check elided$"
	return f(1) + h() + r + s[x&7]                                               // ERROR "^index bounds check elided$"
}

func nested(x uint8) int {
	g := func() int { // ERROR "^func literal does not escape$"
		k := func() int { return s[x&3] } // ERROR "^func literal does not escape$" "^index bounds check elided$"
		return s[x&4] + k()               // ERROR "^index bounds check elided$"
	}
	g1 := func() int { return s[x&2] } // ERROR "^func literal does not escape$" "^index bounds check elided$"
	return g() + g1() + s[x&1]         // ERROR "^index bounds check elided$"
}

func assigned(x uint) {
	s[x&15] = int(tab[x&255]) // ERROR "^index bounds check elided$"
	_ = hex[x%8]              // ERROR "^index bounds check elided$"
}

// A package's init functions are walked like any other.
func init() {
	for p := uint(0); p < 64; p++ {
		s[uint64(0x022fdd63cc95386d)<<p>>60] = int(p) // ERROR "^index bounds check elided$"
	}
}

func init() {
	b := uint8(tab[3])
	s[b&7] = 1            // ERROR "^index bounds check elided$"
	_ = tab[b]            // ERROR "^index bounds check elided$"
	_ = s[b%17] + s[b>>4] // ERROR "^index bounds check elided$"
}
