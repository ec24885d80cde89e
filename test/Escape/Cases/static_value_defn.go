// errorcheck -0 -m -l

// gc calls a function variable's closure directly only when the variable
// is defined with it (`f := func...`, `var f = func...`) and never
// assigned again; a variable declared without a value and assigned once
// (`var walk func(*T) int; walk = func...`, as a recursive closure needs)
// is called indirectly, which leaks its arguments to the heap.

package p

type tree struct {
	v    int
	kids []*tree
}

func sumRecursive() int {
	t := &tree{1, []*tree{{2, nil}}} // ERROR "^&tree\{\.\.\.\} escapes to heap$" "^\[\]\*tree\{\.\.\.\} escapes to heap$"
	var walk func(*tree) int
	walk = func(t *tree) int { // ERROR "^leaking param content: t$" "^func literal does not escape$"
		s := t.v
		for _, k := range t.kids {
			s += walk(k)
		}
		return s
	}
	return walk(t)
}

func sumDefined() int {
	t := &tree{1, nil} // ERROR "^&tree\{\.\.\.\} does not escape$"
	walk := func(t *tree) int { return t.v } // ERROR "^t does not escape$" "^func literal does not escape$"
	return walk(t)
}
