// The print and println builtins write to stderr with their own formatting
// of integers, floats, bools, strings and nil; stdout has fmt output.
package main

import "fmt"

type T struct{ a int }

func main() {
	println("hello", 1, -2, true, false)
	println(3.5, -0.25, 1e20, float32(1.5))
	println(uint8(255), int64(-1<<63), uint64(1<<63))
	print("no newline", 42, "\n")
	print("a", "b", 1, 2, "\n")
	var e error
	println(e == nil)
	println()
	println("")
	var x interface{} = nil
	println(x == nil)
	println('a', byte('b'))
	fmt.Println("stdout line")
	println(1e-5, 0.0, 100.0)
	var f float64 = 0
	println(-f, 1/(f+1e-300))
	s := "str"
	println(s, len(s))
	fmt.Println(T{3})
}
