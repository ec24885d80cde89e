// Array equality compares element by element, as gc 1.19's generated
// equality functions do: for arrays of interfaces there is no pass over
// the dynamic types first, so an uncomparable value before a differing
// type panics. Long arrays kept in memory compare in a loop, in the same
// order.
package main

import "fmt"

type P struct {
	A int
	X interface{}
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "->", r)
		}
	}()
	f()
}

func main() {
	try("short", func() {
		var a, b [2]interface{}
		a[0], b[0] = []int{1}, []int{1}
		a[1], b[1] = 1, "x"
		fmt.Println(a == b)
	})
	try("short differs first", func() {
		var a, b [2]interface{}
		a[0], b[0] = 1, "x"
		a[1], b[1] = []int{1}, []int{1}
		fmt.Println(a == b)
	})
	try("long", func() {
		var a, b [20]interface{}
		fmt.Println(a == b)
		a[3], b[3] = []int{1}, []int{1}
		a[19], b[19] = 1, "x"
		fmt.Println(a == b)
	})
	try("long differs first", func() {
		var a, b [20]interface{}
		a[2], b[2] = 1, 2
		a[3], b[3] = []int{1}, []int{1}
		fmt.Println(a == b, a != b)
	})
	try("floats", func() {
		var c, d [12]float64
		c[4], d[4] = 0.0, -1*0.0
		fmt.Println(c == d)
		c[5] = 1
		fmt.Println(c == d, c != d)
	})
	try("structs", func() {
		var e, f [10]P
		e[2].X, f[2].X = "s", "s"
		fmt.Println(e == f)
		f[9].A = 1
		fmt.Println(e == f)
		e[9].A, e[0].X, f[0].X = 1, map[int]int{}, map[int]int{}
		fmt.Println(e == f)
	})
	try("strings", func() {
		a := [9]string{"a", "bb", "ccc"}
		b := a
		fmt.Println(a == b)
		b[8] = "z"
		fmt.Println(a == b)
	})
}
