// The %#v verb on structs, slices, maps, named types and basic values, and
// the # flag with %q %x %o %U.
package main

import "fmt"

type P struct {
	X, Y int
	N    string
	T    []string
	M    map[string]int
	I    interface{}
	p    *int
}

type Color int
type Names []string

func main() {
	p := P{1, 2, "n", []string{"a"}, map[string]int{"k": 1}, 3.5, nil}
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v %#v %#v %#v\n", "s", 42, 3.0, true)
	fmt.Printf("%#v %#v\n", Color(3), Names{"x"})
	fmt.Printf("%#v %#v\n", map[string]bool{}, []string(nil))
	fmt.Printf("%#v\n", struct{ A int }{1})
	fmt.Printf("%#v %#v %#v\n", 'x', uint8(7), int64(-5))
	fmt.Printf("%#v\n", [2]float64{1.5, 2})
	var e error
	fmt.Printf("%#v %#v\n", e, nil)
	fmt.Printf("%#q %#x %#o %#U\n", "back`tick", "hi", 8, 'x')
}
