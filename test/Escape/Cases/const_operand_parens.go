// errorcheck -0 -m -l

// Constant operands print as written, parenthesized by the precedence
// of their outermost operator.

package p

const K = 3
const S = "s"

var sink interface{}

func constOperands(a int, b bool, s string) { // ERROR "^s does not escape$"
	sink = a / (K | 1) // ERROR "^a / \(K \| 1\) escapes to heap$"
	sink = (K + 1) * a // ERROR "^\(K \+ 1\) \* a escapes to heap$"
	sink = a - -K // ERROR "^a - -K escapes to heap$"
	sink = a * (K << 2) // ERROR "^a \* \(K << 2\) escapes to heap$"
	sink = (K > 2) == b // ERROR "^K > 2 == b escapes to heap$"
	sink = b && (K > 2 || K < 0) // ERROR "^b && \(K > 2 \|\| K < 0\) escapes to heap$"
	sink = s + (S + "t") // ERROR `^s \+ S \+ "t" escapes to heap$`
	sink = a / (int(K) | 1) // ERROR "^a / \(int\(K\) \| 1\) escapes to heap$"
	sink = a % int(K|1) // ERROR "^a % int\(K \| 1\) escapes to heap$"
}
