// &*p with a nil p panics (gc nil-checks the dereference even though only
// the address is used); unrecovered, the program exits with status 2.
package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func addrOf(n *Node) *Node { return &*n }

func main() {
	head := &Node{1, nil}
	fmt.Println(addrOf(head).val)
	fmt.Println(addrOf(head.next) == nil)
}
