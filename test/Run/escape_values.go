// Values that outlive their frames: addresses of locals returned from
// loops and functions, closures capturing locals after return, slices of
// pointers to loop-scoped variables, structs stored into globals. A wrong
// stack allocation shows up as corrupted output here.
package main

import "fmt"

type node struct {
	id       int
	children []*node
}

var registry []*node
var callbacks []func() int

func newNode(id int) *node {
	n := node{id: id}
	registry = append(registry, &n)
	return &n
}

func build(depth, id int) *node {
	n := newNode(id)
	if depth > 0 {
		for i := 0; i < 2; i++ {
			n.children = append(n.children, build(depth-1, id*2+i))
		}
	}
	return n
}

func sumTree(n *node) int {
	s := n.id
	for _, c := range n.children {
		s += sumTree(c)
	}
	return s
}

func makeCallbacks() {
	for i := 0; i < 4; i++ {
		v := i * i
		callbacks = append(callbacks, func() int { v++; return v })
	}
}

func pointers() []*[4]int {
	var out []*[4]int
	for i := 0; i < 3; i++ {
		var a [4]int
		for j := range a {
			a[j] = i*10 + j
		}
		out = append(out, &a)
	}
	return out
}

func clobber() int {
	var big [64]int
	for i := range big {
		big[i] = -1
	}
	return big[63]
}

type holder struct{ p *int }

func store(h *holder) {
	x := 42
	h.p = &x
}

func main() {
	root := build(4, 1)
	clobber()
	fmt.Println(len(registry), sumTree(root))
	makeCallbacks()
	clobber()
	for _, f := range callbacks {
		fmt.Print(f(), " ", f(), " ")
	}
	fmt.Println()
	ps := pointers()
	clobber()
	fmt.Println(*ps[0], *ps[1], *ps[2])
	var h holder
	store(&h)
	clobber()
	fmt.Println(*h.p)
	m := map[string]*int{}
	for _, k := range []string{"a", "b"} {
		n := len(k) * 100
		m[k] = &n
	}
	*m["a"]++
	fmt.Println(*m["a"], *m["b"])
	local := 5
	p := &local
	*p *= 3
	fmt.Println(local)
}
