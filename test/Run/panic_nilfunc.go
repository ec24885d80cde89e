// Calling a nil function value is a nil pointer dereference at run time.
package main

import "fmt"

type handlers map[string]func(int) int

func main() {
	h := handlers{"double": func(x int) int { return x * 2 }}
	fmt.Println(h["double"](21))
	f := h["triple"]
	fmt.Println(f == nil)
	fmt.Println(f(3))
}
