// Dereferencing a nil struct pointer is a runtime error (the trace line
// with the signal and pc is not compared).
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func main() {
	n := &node{1, &node{2, nil}}
	for p := n; ; p = p.next {
		fmt.Println(p.val)
	}
}
