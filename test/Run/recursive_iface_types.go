package main

import "fmt"

// Interfaces that refer to themselves through their methods' signatures:
// their names as %T prints them (gc writes a type met again inside its
// own text as @OFFSET), assignments between identical literals, and calls
// through them.

type T interface {
	M(interface{ T }) string
}

type U interface {
	N(func(interface{ U }) []interface{ U }) int
}

type X struct{ name string }

func (x X) M(o interface{ T }) string { return x.name + "<-" + fmt.Sprint(o) }

type Y struct{ n int }

func (y Y) N(f func(interface{ U }) []interface{ U }) int {
	return y.n + len(f(y))
}

func main() {
	var t T = X{"a"}
	var v interface{ T } = t
	var w interface{ M(interface{ T }) string } = v
	fmt.Println(w.M(X{"b"}))
	fmt.Printf("%T\n", []interface{ T }{v})
	fmt.Printf("%T\n", w)
	fmt.Printf("%T\n", []func(interface{ T }){})

	var u interface{ U } = Y{3}
	fmt.Println(u.N(func(p interface{ U }) []interface{ U } {
		return []interface{ U }{p, p}
	}))
	fmt.Printf("%T\n", map[string]interface{ U }{"u": u})
	fmt.Printf("%v\n", map[string]interface{ U }{"u": u})
	var e interface{} = []interface{ U }{u}
	switch e.(type) {
	case []interface{ U }:
		fmt.Println("slice of interface{U}")
	default:
		fmt.Println("other")
	}
}
