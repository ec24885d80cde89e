// Deferred calls of the builtins delete, copy and panic (the statement
// forms have their own instructions; deferred ones run from a thunk), with
// delete's key converted to the map's key type and a multi-value copy.
package main

import "fmt"

type K struct{ a, b int }

func two() ([]int, []int) { return make([]int, 2), []int{4, 5, 6} }

func main() {
	m := map[interface{}]int{1: 1, "x": 2, K{1, 2}: 3}
	func() { defer delete(m, 1); defer delete(m, K{1, 2}) }()
	fmt.Println(len(m), m["x"])
	big := map[[40]byte]int{{1}: 1, {2}: 2}
	func() { defer delete(big, [40]byte{1}) }()
	fmt.Println(len(big))
	var s, t []int
	func() { defer copy(two()); s, t = two() }()
	fmt.Println(s, t)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer panic(fmt.Errorf("boom %d", 3))
	}()
	var e error
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer panic(e)
	}()
	fmt.Println(m)
}

func init() {
	m := map[string]int{"a": 1, "b": 2}
	func() {
		defer delete(m, "a")
		m["c"] = 3
	}()
	fmt.Println(m)
}
