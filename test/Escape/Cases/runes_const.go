// errorcheck -0 -m -l

// []rune of a constant string is a composite literal of the runes to gc
// ([]rune{...}, []rune{} when empty); []byte of a constant string and
// conversions of non-constant strings stay conversions.

package p

var gr []rune
var gb []byte

const cs = "héllo"

type Runes []rune
type R rune

func runesLocal() int {
	r1 := []rune("abc") // ERROR "^\[\]rune\{\.\.\.\} does not escape$"
	r2 := []rune("") // ERROR "^\[\]rune\{\} does not escape$"
	r3 := []rune(cs) // ERROR "^\[\]rune\{\.\.\.\} does not escape$"
	r4 := []rune(("p")) // ERROR "^\[\]rune\{\.\.\.\} does not escape$"
	return len(r1) + len(r2) + len(r3) + len(r4)
}

func runesLen() int {
	return len([]rune("")) + len([]rune("xyz")) // ERROR "^\[\]rune\{\} does not escape$" "^\[\]rune\{\.\.\.\} does not escape$"
}

func runesEscape() {
	gr = []rune("esc") // ERROR "^\[\]rune\{\.\.\.\} escapes to heap$"
}

func runesNamed() int {
	r5 := Runes("abc") // ERROR "^Runes\{\.\.\.\} does not escape$"
	r6 := []R("de") // ERROR "^\[\]R\{\.\.\.\} does not escape$"
	return len(r5) + len(r6)
}

func runesRange() (n int) {
	for _, c := range []rune("loop") { // ERROR "^\[\]rune\{\.\.\.\} does not escape$"
		n += int(c)
	}
	return n
}

func bytesConst() int {
	b1 := []byte("const") // ERROR `^\(\[\]byte\)\("const"\) does not escape$`
	b2 := []byte("") // ERROR `^\(\[\]byte\)\(""\) does not escape$`
	gb = []byte(cs + "x") // ERROR `^\(\[\]byte\)\(cs \+ "x"\) escapes to heap$`
	return len(b1) + len(b2)
}

func nonConst(s string) int { // ERROR "^s does not escape$"
	r := []rune(s) // ERROR "^\(\[\]rune\)\(s\) does not escape$"
	b := []byte(s) // ERROR "^\(\[\]byte\)\(s\) does not escape$"
	return len(r) + len(b)
}
