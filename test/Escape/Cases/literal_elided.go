// errorcheck -0 -m -l

// Elided `&T` in composite literals of pointers: each inner `{...}` is an
// allocation of its own.

package p

type Point struct{ X, Y int }

type Tree struct {
	V    int
	Kids []*Tree
}

var gp []*Point

func sliceOfPtrsLocal() int {
	ps := []*Point{{1, 2}, {3, 4}, nil} // ERROR "^\[\]\*Point\{\.\.\.\} does not escape$" "^&Point\{\.\.\.\} does not escape$"
	return ps[0].X + ps[1].Y
}

func sliceOfPtrsGlobal() {
	gp = []*Point{{5, 6}} // ERROR "^\[\]\*Point\{\.\.\.\} escapes to heap$" "^&Point\{\.\.\.\} escapes to heap$"
}

func mapOfPtrs() map[string]*Point {
	return map[string]*Point{"a": {7, 8}} // ERROR "^map\[string\]\*Point\{\.\.\.\} escapes to heap$" "^&Point\{\.\.\.\} escapes to heap$"
}

func mapOfPtrsLocal() int {
	m := map[string]*Point{"a": {7, 8}, "b": {}} // ERROR "^map\[string\]\*Point\{\.\.\.\} does not escape$" "^&Point\{\.\.\.\} escapes to heap$" "^&Point\{\} escapes to heap$"
	return m["a"].X
}

func nestedTree() *Tree {
	return &Tree{1, []*Tree{{2, nil}, {3, []*Tree{{4, nil}}}}} // ERROR "^&Tree\{\.\.\.\} escapes to heap$" "^\[\]\*Tree\{\.\.\.\} escapes to heap$"
}

func arrayOfPtrs() int {
	a := [2]*Point{{1, 1}, {X: 2}} // ERROR "^&Point\{\.\.\.\} does not escape$"
	return a[1].X
}

func ptrToSlice() int {
	s := []*[]int{{1, 2}} // ERROR "^\[\]\*\[\]int\{\.\.\.\} does not escape$" "^&\[\]int\{\.\.\.\} does not escape$" "^\[\]int\{\.\.\.\} does not escape$"
	return len(*s[0])
}
