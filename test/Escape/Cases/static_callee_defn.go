// errorcheck -0 -m -l

// A func variable is a static callee only when its declaration assigns it
// (gc's Defn): one assigned after `var f func(...)` is called dynamically,
// and its arguments escape, even if nothing else assigns it.

package p

func assignedLater() int {
	var f func(*int) int
	f = func(p *int) int { return *p } // ERROR "^p does not escape$" "^func literal does not escape$"
	x := 1 // ERROR "^moved to heap: x$"
	return f(&x)
}

func declaredWithValue() int {
	var f func(*int) int = func(p *int) int { return *p } // ERROR "^p does not escape$" "^func literal does not escape$"
	x := 1
	return f(&x)
}

func defined() int {
	f := func(p *int) int { return *p } // ERROR "^p does not escape$" "^func literal does not escape$"
	x := 1
	return f(&x)
}

func definedInPair() int {
	f, g := func(p *int) int { return *p }, 2 // ERROR "^p does not escape$" "^func literal does not escape$"
	x := g
	return f(&x)
}

type Tree struct {
	V    int
	Kids []*Tree
}

func recursiveWalk() int {
	t := &Tree{1, []*Tree{{2, nil}, {3, []*Tree{{4, nil}}}}} // ERROR "^&Tree\{\.\.\.\} escapes to heap$" "^\[\]\*Tree\{\.\.\.\} escapes to heap$"
	var walk func(*Tree) int
	walk = func(t *Tree) int { // ERROR "^leaking param content: t$" "^func literal does not escape$"
		s := t.V
		for _, k := range t.Kids {
			s += walk(k)
		}
		return s
	}
	return walk(t)
}
