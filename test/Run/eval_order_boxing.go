// A value converted to an interface that gc boxes through its address
// (bools, bytes, structs, arrays, ...) is evaluated with the statement's
// calls when it is not addressable (a map element, an operation, a
// literal that is not constant): it shows its value before a later call
// of the statement; a variable, or a value gc boxes directly (int,
// float64, string, slice), shows the value after the call.
package main

import "fmt"

type T struct{ a, b int }

var y = true
var g = T{1, 2}
var m = map[string]bool{"k": true}
var ms = map[string]T{"k": {1, 1}}
var s = "abc"
var b byte = 1
var n8 int8 = 1
var n = 1

func f() int {
	y = false
	g = T{9, 9}
	m["k"] = false
	ms["k"] = T{7, 7}
	s = "xyz"
	b = 5
	n8 = 5
	n = 5
	return 0
}

func reset() { y = true; g = T{1, 2}; m["k"] = true; ms["k"] = T{1, 1}; s = "abc"; b = 1; n8 = 1; n = 1 }

func ret() (interface{}, int) { return !y, f() }

func main() {
	fmt.Println(!y, f())
	reset()
	fmt.Println(y, f())
	reset()
	fmt.Println(m["k"], f())
	reset()
	fmt.Println(ms["k"], f())
	reset()
	fmt.Println(T{n, n}, f())
	reset()
	fmt.Println(T{1, 2}, g, f())
	reset()
	fmt.Println(s[0], f())
	reset()
	fmt.Println(b+1, f())
	reset()
	fmt.Println(n8*2, f())
	reset()
	fmt.Println(n+1, f())
	reset()
	fmt.Println(int16(n), f())
	reset()
	x := []interface{}{!y, f(), [2]int{n, n}}
	fmt.Println(x)
	reset()
	var i interface{}
	var j int
	i, j = T{n, 0}, f()
	fmt.Println(i, j)
	reset()
	fmt.Println(ret())
	reset()
	var k interface{} = T{n, n}
	fmt.Println(k == T{n, 1}, f(), k == T{n, 1})
	reset()
	fmt.Println(append([]interface{}{}, !y, f()))
	reset()
	fmt.Println(interface{}(!y), f())
	reset()
	st := struct {
		A interface{}
		B int
	}{!y, f()}
	fmt.Println(st)
}
