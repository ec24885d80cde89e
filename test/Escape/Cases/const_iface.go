// errorcheck -0 -m -l

// Constant expressions converted to interfaces keep their source text;
// a constant comparison is converted like any other value.

package p

const big = 1 << 40
const str = "s"

type B bool

var sink interface{}

func first(args ...interface{}) interface{} { return args[0] } // ERROR "^leaking param: args to result ~r0 level=1$"

func constCompareEscapes() {
	sink = big%7 == 0 // ERROR "^big % 7 == 0 escapes to heap$"
}

func constCompareArgs() {
	first(1 == 1, str != "", big > 3 && true) // ERROR "^\.\.\. argument does not escape$" "^1 == 1 does not escape$" `^str != "" does not escape$` "^big > 3 && true does not escape$"
	first(!(big == 5), len(str) != 0) // ERROR "^\.\.\. argument does not escape$" "^!\(big == 5\) does not escape$" "^len\(str\) != 0 does not escape$"
}

func constCompareDecl() interface{} {
	var i interface{} = big == 1 // ERROR "^big == 1 escapes to heap$"
	return i
}

func constOthers() {
	first(big+1, 'a', 1.5, str+"x", B(true), (3)) // ERROR "^\.\.\. argument does not escape$" "^big \+ 1 does not escape$" "^'a' does not escape$" "^1\.5 does not escape$" `^str \+ "x" does not escape$` "^B\(true\) does not escape$" "^3 does not escape$"
}

func nonConstCompare(x int) {
	first(x == 2, x < 3) // ERROR "^\.\.\. argument does not escape$" "^x == 2 does not escape$" "^x < 3 does not escape$"
}
