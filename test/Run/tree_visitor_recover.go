package main

import (
	"fmt"
	"strings"
)

type Visitor interface {
	Visit(n *Tree) Visitor
}

type Tree struct {
	Val         int
	Left, Right *Tree
	attrs       map[string]interface{}
}

func Insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = Insert(t.Left, v)
	} else {
		t.Right = Insert(t.Right, v)
	}
	return t
}

func Walk(v Visitor, t *Tree) {
	if t == nil {
		return
	}
	if v = v.Visit(t); v == nil {
		return
	}
	Walk(v, t.Left)
	Walk(v, t.Right)
}

type collector struct {
	out   *[]int
	depth int
	max   *int
}

func (c collector) Visit(t *Tree) Visitor {
	*c.out = append(*c.out, t.Val)
	if c.depth > *c.max {
		*c.max = c.depth
	}
	return collector{c.out, c.depth + 1, c.max}
}

type pruner struct{ limit int }

func (p *pruner) Visit(t *Tree) Visitor {
	if t.Val > p.limit {
		return nil
	}
	if t.attrs == nil {
		t.attrs = make(map[string]interface{})
	}
	t.attrs["seen"] = true
	t.attrs["by"] = p
	return p
}

type path []string

func (p path) String() string { return strings.Join(p, "/") }

func (p path) Child(s string) path {
	q := make(path, len(p), len(p)+1)
	copy(q, p)
	return append(q, s)
}

func paths(t *Tree, prefix path, out *[]fmt.Stringer) {
	if t == nil {
		return
	}
	here := prefix.Child(fmt.Sprint(t.Val))
	*out = append(*out, here)
	paths(t.Left, here, out)
	paths(t.Right, here, out)
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(interface{ RuntimeError() }); ok {
				_ = re
				err = fmt.Errorf("runtime: %v", r)
				return
			}
			panic(r)
		}
	}()
	return a / b, nil
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = Insert(root, v)
	}
	var vals []int
	max := 0
	Walk(collector{&vals, 0, &max}, root)
	fmt.Println(vals, max)
	p := &pruner{limit: 55}
	Walk(p, root)
	fmt.Println(root.attrs["seen"], root.Left.attrs["by"] == p, root.Right.attrs == nil)
	var ps []fmt.Stringer
	paths(root, path{"root"}, &ps)
	for _, s := range ps {
		fmt.Print(s, " ")
	}
	fmt.Println()
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	func() {
		defer func() { fmt.Println("outer:", recover()) }()
		safeDiv2 := func() { panic("custom") }
		defer safeDiv2()
	}()
}
