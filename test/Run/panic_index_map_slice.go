// An index into a slice stored in a map, on the left of an assignment.
package main

import "fmt"

func main() {
	m := map[string][]int{"a": make([]int, 2)}
	m["a"][1] = 5
	fmt.Println(m)
	m["b"][0] = 1
}
