// tree demonstrates a binary search tree built from pointers: recursive
// insert and delete, methods on a nil-able pointer receiver (Walk, Height,
// Size), in-order traversal with a closure callback, breadth-first traversal
// with a slice used as a queue, and a pretty-printer using strings.Builder.
package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Key         int
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else if k > t.Key {
		t.Right = insert(t.Right, k)
	}
	return t
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Key)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func remove(t *Tree, k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = remove(t.Left, k)
	case k > t.Key:
		t.Right = remove(t.Right, k)
	case t.Left == nil:
		return t.Right
	case t.Right == nil:
		return t.Left
	default:
		m := t.Right
		for m.Left != nil {
			m = m.Left
		}
		t.Key = m.Key
		t.Right = remove(t.Right, m.Key)
	}
	return t
}

func (t *Tree) Size() int {
	if t == nil {
		return 0
	}
	return 1 + t.Left.Size() + t.Right.Size()
}

// levels returns the keys level by level, using a slice as a FIFO queue.
func levels(t *Tree) [][]int {
	var out [][]int
	if t == nil {
		return out
	}
	queue := []*Tree{t}
	for len(queue) > 0 {
		n := len(queue)
		var row []int
		for _, node := range queue[:n] {
			row = append(row, node.Key)
			if node.Left != nil {
				queue = append(queue, node.Left)
			}
			if node.Right != nil {
				queue = append(queue, node.Right)
			}
		}
		queue = queue[n:]
		out = append(out, row)
	}
	return out
}

func render(t *Tree, depth int, b *strings.Builder) {
	if t == nil {
		return
	}
	render(t.Right, depth+1, b)
	b.WriteString(strings.Repeat("    ", depth))
	b.WriteString(fmt.Sprintf("%d\n", t.Key))
	render(t.Left, depth+1, b)
}

func main() {
	var root *Tree
	fmt.Println("empty:", root.Size(), root.Height(), levels(root))
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 40} {
		root = insert(root, k)
	}
	var keys []int
	sum := 0
	root.Walk(func(k int) { keys = append(keys, k); sum += k })
	fmt.Println(keys, "sum", sum, "height", root.Height(), "size", root.Size())
	fmt.Println("levels:", levels(root))
	var b strings.Builder
	render(root, 0, &b)
	fmt.Print(b.String())

	for _, k := range []int{20, 30, 50, 99} {
		root = remove(root, k)
	}
	keys = keys[:0]
	root.Walk(func(k int) { keys = append(keys, k) })
	fmt.Println(keys, "root", root.Key, "height", root.Height(), "size", root.Size())
	fmt.Println("levels:", levels(root))

	// A degenerate tree from sorted input.
	var chain *Tree
	for i := 1; i <= 8; i++ {
		chain = insert(chain, i)
	}
	evens := 0
	chain.Walk(func(k int) {
		if k%2 == 0 {
			evens++
		}
	})
	fmt.Println("chain height", chain.Height(), "evens", evens, "levels", len(levels(chain)))
}
