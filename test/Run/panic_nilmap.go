// Writing to a nil map panics (reading and deleting do not).
package main

import "fmt"

type registry struct{ m map[string]int }

func main() {
	var r registry
	fmt.Println(r.m["x"], len(r.m))
	delete(r.m, "x")
	r.m["x"] = 1
}
