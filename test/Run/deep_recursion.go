// Deep recursion over a 300,000-node list and a recursive function with a
// 128-byte frame, 200,000 levels deep, plus a 1<<20-element local array
// indexed in a loop.
package main

import "fmt"

type Node struct {
	V    int
	Next *Node
}

func length(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + length(n.Next)
}

func sumArr() int {
	var a [1 << 20]int
	for i := range a {
		a[i] = i & 7
	}
	s := 0
	for i := range a {
		s += a[i]
	}
	return s
}

func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%16] - n + 1
}

func main() {
	var head *Node
	for i := 0; i < 300000; i++ {
		head = &Node{i, head}
	}
	fmt.Println(length(head))
	fmt.Println(depth(200000))
	fmt.Println(sumArr())
}
