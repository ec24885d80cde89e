// errorcheck -0 -m -l

// Interface literals that refer to themselves through their methods'
// signatures: gc prints a type met again inside its own text as @OFFSET
// (where that type's text starts), in the expressions of -m lines.

package p

type T interface {
	M(interface{ T })
}

type U interface {
	N(func(interface{ U }) []interface{ U })
}

var sink interface{}

func sliceOfRecursive(v interface{ T }) { // ERROR "^leaking param: v$"
	sink = []interface{ T }{v} // ERROR "^\[\]interface \{ M\(interface \{ M@15 \}\) \}\{\.\.\.\} escapes to heap$"
}

func mapOfRecursive(u interface{ U }) { // ERROR "^leaking param: u$"
	sink = map[string]interface{ U }{"a": u} // ERROR "^map\[string\]interface \{ N\(func\(interface \{ N@24 \}\) \[\]interface \{ N@24 \}\) \}\{\.\.\.\} escapes to heap$"
}

func explicitLiteral(v interface{ T }) { // ERROR "^leaking param: v$"
	sink = [](interface{ M(interface{ T }) }){v} // ERROR "^\[\]interface \{ M\(interface \{ M\(interface \{ M@29 \}\) \}\) \}\{\.\.\.\} escapes to heap$"
}

func funcOfRecursive() {
	sink = []func(interface{ T }){nil} // ERROR "^\[\]func\(interface \{ M\(interface \{ M@20 \}\) \}\)\{\.\.\.\} escapes to heap$"
}
