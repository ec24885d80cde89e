// errorcheck -0 -m -l

// string() of a slice whose elements are a defined byte or rune type:
// gc's type checker first converts the slice to []byte or []rune, and
// prints that conversion in the expression. A named slice of byte or rune
// itself needs none.

package p

type MyByte byte
type MyRune rune
type Bytes []byte
type MyString string

func bytesOfNamed(y []MyByte) string { // ERROR "y does not escape$"
	return string(y) // ERROR "string\(\(\[\]byte\)\(y\)\) escapes to heap$"
}

func runesOfNamed(z []MyRune) { // ERROR "z does not escape$"
	_ = string(z) // ERROR "string\(\(\[\]rune\)\(z\)\) does not escape$"
}

func namedResult(y []MyByte) MyString { // ERROR "y does not escape$"
	return MyString(y) // ERROR "MyString\(\(\[\]byte\)\(y\)\) escapes to heap$"
}

func literal() {
	_ = string([]MyRune{0x266b, 0x266c}) // ERROR "string\(\(\[\]rune\)\(\[\]MyRune{...}\)\) does not escape$" "\[\]MyRune{...} does not escape$"
}

func namedSlice(b Bytes) string { // ERROR "b does not escape$"
	return string(b) // ERROR "string\(b\) escapes to heap$"
}
