// errorcheck

// A three-clause loop header without condition before `{`.

package p

func f() {
	for i := 0; { // ERROR "syntax error: unexpected \{, expecting for loop condition"
	}
}
