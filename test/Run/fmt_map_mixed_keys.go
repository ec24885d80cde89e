// fmt sorts map[interface{}] keys of mixed dynamic types as gc's fmtsort
// does: nil first, then by dynamic type in the order gc's linker lays out
// type descriptors (by descriptor size, then by name), then by value (NaN
// floats first, in iteration order; false before true; structs and arrays
// field by field).
package main

import "fmt"

type T struct{ A int }
type S string
type U struct {
	A, B int
}

func (t T) M() {}

type E struct{}
type N int

func (N) String() string { return "n" }

func main() {
	m := map[interface{}]int{
		1: 1, "a": 2, 2.5: 3, true: 4, int8(3): 5, uint(7): 6, T{1}: 7, S("s"): 8,
		[2]int{1, 2}: 9, U{1, 2}: 11, int64(4): 12, float32(1.5): 13, uint8(2): 14,
		E{}: 15, [1]string{"q"}: 16, int32(9): 17, uint16(3): 18, false: 19, 'r': 20,
		struct{ X int }{3}: 21, uintptr(5): 22, int16(8): 23, uint32(1): 24, uint64(3): 25,
		nil: 27, N(4): 28, T{0}: 29, U{1, 1}: 30, [2]int{0, 5}: 31,
	}
	fmt.Println(m)
	zero := 0.0
	nan, inf := zero/zero, 1/zero
	fl := map[float64]string{nan: "nan", -inf: "-inf", 0: "zero", inf: "inf", -2.5: "neg", nan + 1: "nan"}
	fmt.Println(fl)
	type K struct {
		B bool
		S string
		A [2]int8
	}
	ks := map[K]int{{true, "a", [2]int8{1, 2}}: 1, {false, "b", [2]int8{0, 0}}: 2, {true, "a", [2]int8{1, -2}}: 3, {false, "a", [2]int8{9, 9}}: 4}
	fmt.Printf("%v\n%+v\n", ks, ks)
	var any map[any]string = map[any]string{"x": "s", 3: "i", 2.0: "f", false: "b"}
	fmt.Println(any)
}
