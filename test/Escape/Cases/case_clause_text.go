// errorcheck -0 -m -l

// How gc prints a type switch clause's statements in -m -m: each declared
// variable assigned right after its declaration (the zero value as
// `<nil>`), `n++` as `n += 1`, branches a constant condition never
// takes empty, and an if's init only when it declares nothing.

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

const debug = false

// gc's deadcode empties the branch a constant condition never takes.
func constantConditions(i I, n int) int { // ERROR "^leaking param: i$"
	switch x := i.(type) {
	case *T:
		if false {
			n = 3
		} else {
			n = 4
		}
		if true {
			n = 5
		} else {
			n = 6
		}
		if debug {
			n = 7
		}
		if n > 2 {
			n = 8
		}
		sink = x
	}
	return n
}

// gc prints an if's init only when it declares nothing.
func ifInits(i I, n int) int { // ERROR "^leaking param: i$"
	switch x := i.(type) {
	case *T:
		if v := n; v > 2 {
			n = v
		}
		if a, b := two(); b != nil {
			n = a
		}
		if n = 3; n > 1 {
			n = 9
		}
		for j := 0; j < n; j++ {
		}
		sink = x
	}
	return n
}
