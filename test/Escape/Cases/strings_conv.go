// errorcheck -0 -m -l

// String conversions ([]byte, []rune, string(b), string(r)) and
// concatenation: small non-escaping results use a stack buffer.

package p

var gs string
var gb []byte

func bytesToStringLocal(b []byte) int { // ERROR "^b does not escape$"
	s := string(b) // ERROR "^string\(b\) does not escape$"
	return len(s)
}

func bytesToStringReturned(b []byte) string { // ERROR "^b does not escape$"
	return string(b) // ERROR "^string\(b\) escapes to heap$"
}

func bytesToStringGlobal(b []byte) { // ERROR "^b does not escape$"
	gs = string(b) // ERROR "^string\(b\) escapes to heap$"
}

func stringToBytesLocal(s string) int { // ERROR "^s does not escape$"
	b := []byte(s) // ERROR "^\(\[\]byte\)\(s\) does not escape$"
	return len(b)
}

func stringToBytesReturned(s string) []byte { // ERROR "^s does not escape$"
	return []byte(s) // ERROR "^\(\[\]byte\)\(s\) escapes to heap$"
}

func stringToBytesGlobal(s string) { // ERROR "^s does not escape$"
	gb = []byte(s) // ERROR "^\(\[\]byte\)\(s\) escapes to heap$"
}

func stringToRunes(s string) int { // ERROR "^s does not escape$"
	r := []rune(s) // ERROR "^\(\[\]rune\)\(s\) does not escape$"
	return len(r)
}

func runesToString(r []rune) string { // ERROR "^r does not escape$"
	return string(r) // ERROR "^string\(r\) escapes to heap$"
}

func runeToString(r rune) string {
	return string(r) // ERROR "^string\(r\) escapes to heap$"
}

func runeToStringLocal(r rune) int {
	return len(string(r)) // ERROR "^string\(r\) does not escape$"
}

func concatLocal(a, b string) int { // ERROR "^a does not escape$" "^b does not escape$"
	s := a + b // ERROR "^a \+ b does not escape$"
	return len(s)
}

func concatReturned(a, b string) string { // ERROR "^a does not escape$" "^b does not escape$"
	return a + b // ERROR "^a \+ b escapes to heap$"
}

func concatGlobal(a, b string) { // ERROR "^a does not escape$" "^b does not escape$"
	gs = a + b // ERROR "^a \+ b escapes to heap$"
}

func concatThree(a, b, c string) string { // ERROR "^a does not escape$" "^b does not escape$" "^c does not escape$"
	return a + b + c // ERROR "^a \+ b \+ c escapes to heap$"
}

func concatAssignOp(a string) string { // ERROR "^leaking param: a to result ~r0 level=0$"
	a += "!"
	return a
}

func concatConst() string {
	return "a" + "b"
}

func bytesCompare(b []byte) bool { // ERROR "^b does not escape$"
	return string(b) == "x" // ERROR "^string\(b\) does not escape$"
}

func bytesMapKey(m map[string]int, b []byte) int { // ERROR "^m does not escape$" "^b does not escape$"
	return m[string(b)] // ERROR "^string\(b\) does not escape$"
}

func stringIndexByte(s string) byte { // ERROR "^s does not escape$"
	return s[0]
}

func stringRange(s string) int { // ERROR "^s does not escape$"
	n := 0
	for _, r := range s {
		n += int(r)
	}
	return n
}

func stringRangeBytes(b []byte) int { // ERROR "^b does not escape$"
	n := 0
	for range string(b) { // ERROR "^string\(b\) does not escape$"
		n++
	}
	return n
}

func concatInLoop(parts []string) string { // ERROR "^leaking param: parts to result ~r0 level=1$"
	s := ""
	for _, p := range parts {
		s += p
	}
	return s
}

func stringToBytesAppend(s string) int { // ERROR "^s does not escape$"
	b := append([]byte(s), 'x') // ERROR "^\(\[\]byte\)\(s\) does not escape$"
	return len(b)
}
