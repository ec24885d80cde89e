// errorcheck -0 -m -l

// How gc prints a type switch clause's statements in -m -m: each declared
// variable assigned right after its declaration (the zero value as
// `<nil>`), `n++` as `n += 1`.

package p

type I interface{ M() }
type T struct{ m map[string]int }

func (t *T) M() {} // ERROR "^t does not escape$"

var sink interface{}

func two() (int, *int) { return 1, nil }

func declarations(i I, n int) int { // ERROR "^leaking param: i$"
	switch x := i.(type) {
	case *T:
		var a int
		var p *int
		var s []int
		var q, r *int = nil, nil
		n++
		n--
		n += 1
		sink = x
		_, _, _, _, _ = a, p, s, q, r
	}
	return n
}

func multiValue(i I, n int) int { // ERROR "^leaking param: i$"
	switch x := i.(type) {
	case *T:
		var a, b = two()
		var c int = 5
		var d struct{ x, y int }
		var e, g int
		sink = x
		_, _, _, _, _, _ = a, b, c, d, e, g
	}
	return n
}
