// errorcheck -0 -m -l

// gc's type checker turns a constant string converted to a rune slice
// into a slice literal of its runes, and names it so; a variable string
// stays a conversion.

package p

type runes []rune

var sink interface{}

func constRunes(s string) int { // ERROR "^s does not escape$"
	a := []rune("héllo") // ERROR "^\[\]rune{...} does not escape$"
	b := []rune("")      // ERROR "^\[\]rune{} does not escape$"
	c := runes("x")      // ERROR "^runes{...} does not escape$"
	d := []rune(s)       // ERROR "^\(\[\]rune\)\(s\) does not escape$"
	return len(a) + len(b) + len(c) + len(d)
}

func constRunesEscape() {
	sink = []rune("é") // ERROR "^\[\]rune{...} escapes to heap$"
}
