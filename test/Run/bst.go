// A binary search tree with insert, search, delete (all three cases),
// in-order traversal via callback, height and a level-order printout.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Key         int
	Val         string
	Left, Right *Node
}

type Tree struct {
	Root *Node
	Size int
}

func (t *Tree) Insert(k int, v string) {
	p := &t.Root
	for *p != nil {
		switch {
		case k < (*p).Key:
			p = &(*p).Left
		case k > (*p).Key:
			p = &(*p).Right
		default:
			(*p).Val = v
			return
		}
	}
	*p = &Node{Key: k, Val: v}
	t.Size++
}

func (t *Tree) Get(k int) (string, bool) {
	n := t.Root
	for n != nil {
		if k < n.Key {
			n = n.Left
		} else if k > n.Key {
			n = n.Right
		} else {
			return n.Val, true
		}
	}
	return "", false
}

func deleteNode(n *Node, k int) (*Node, bool) {
	if n == nil {
		return nil, false
	}
	var ok bool
	switch {
	case k < n.Key:
		n.Left, ok = deleteNode(n.Left, k)
	case k > n.Key:
		n.Right, ok = deleteNode(n.Right, k)
	default:
		if n.Left == nil {
			return n.Right, true
		}
		if n.Right == nil {
			return n.Left, true
		}
		m := n.Right
		for m.Left != nil {
			m = m.Left
		}
		n.Key, n.Val = m.Key, m.Val
		n.Right, _ = deleteNode(n.Right, m.Key)
		return n, true
	}
	return n, ok
}

func (t *Tree) Delete(k int) bool {
	var ok bool
	t.Root, ok = deleteNode(t.Root, k)
	if ok {
		t.Size--
	}
	return ok
}

func (n *Node) walk(f func(*Node)) {
	if n == nil {
		return
	}
	n.Left.walk(f)
	f(n)
	n.Right.walk(f)
}

func (n *Node) height() int {
	if n == nil {
		return 0
	}
	l, r := n.Left.height(), n.Right.height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Levels() string {
	var b strings.Builder
	level := []*Node{t.Root}
	for len(level) > 0 && t.Root != nil {
		var next []*Node
		for _, n := range level {
			b.WriteString(fmt.Sprint(n.Key, " "))
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		b.WriteString("| ")
		level = next
	}
	return b.String()
}

func main() {
	t := &Tree{}
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30} {
		t.Insert(k, fmt.Sprint("v", k))
	}
	fmt.Println("size", t.Size, "height", t.Root.height())
	fmt.Println(t.Levels())
	var keys []int
	t.Root.walk(func(n *Node) { keys = append(keys, n.Key) })
	fmt.Println(keys)
	for _, k := range []int{35, 99} {
		v, ok := t.Get(k)
		fmt.Println(k, v, ok)
	}
	for _, k := range []int{20, 30, 50, 99, 70} {
		fmt.Println("delete", k, t.Delete(k), "->", t.Levels())
	}
	fmt.Println("size", t.Size, "height", t.Root.height())
}
