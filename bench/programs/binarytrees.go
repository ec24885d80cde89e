// binarytrees: allocation and garbage collection of small objects.
//
// Measures: the binary-trees benchmark, building and walking millions of
// short-lived two-pointer heap nodes (perfect binary trees of growing
// depth) next to one long-lived tree, so the time is dominated by the
// allocator and the collector. Checksum: the node counts of every
// iteration.
package main

import "fmt"

// Node is a tree node; a leaf has two nil children.
type Node struct {
	left, right *Node
}

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const minDepth = 4
	const maxDepth = 17
	total := 0
	stretch := bottomUp(maxDepth + 1)
	fmt.Printf("stretch tree of depth %d\t check: %d\n", maxDepth+1, stretch.check())
	longLived := bottomUp(maxDepth)
	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << uint(maxDepth-depth+minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottomUp(depth).check()
		}
		total += check
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iterations, depth, check)
	}
	ll := longLived.check()
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, ll)
	fmt.Printf("binarytrees: maxdepth=%d checksum=%d\n", maxDepth, total+ll)
}
