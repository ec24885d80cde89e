package main

import "fmt"

type Visitor func(depth int, n *N) bool

type N struct {
	Kids []*N
	Val  string
	meta *[4]int
}

func (n *N) Walk(v Visitor) { n.walk(0, v) }

func (n *N) walk(d int, v Visitor) {
	if !v(d, n) {
		return
	}
	for _, k := range n.Kids {
		k.walk(d+1, v)
	}
}

func build(depth, fan int, prefix string) *N {
	n := &N{Val: prefix}
	if depth == 0 {
		return n
	}
	for i := 0; i < fan; i++ {
		n.Kids = append(n.Kids, build(depth-1, fan, fmt.Sprintf("%s.%d", prefix, i)))
	}
	return n
}

type stats struct {
	count, maxDepth int
	byDepth         map[int][]string
}

func (s *stats) visit(d int, n *N) bool {
	s.count++
	if d > s.maxDepth {
		s.maxDepth = d
	}
	s.byDepth[d] = append(s.byDepth[d], n.Val)
	return d < 2
}

func leaves(n *N) (out []*N) {
	var rec func(*N)
	rec = func(x *N) {
		if len(x.Kids) == 0 {
			out = append(out, x)
		}
		for _, k := range x.Kids {
			rec(k)
		}
	}
	rec(n)
	return
}

func annotate(ns []*N) {
	var buf [4]int
	for i, n := range ns {
		buf[i%4]++
		m := buf
		n.meta = &m
	}
}

func main() {
	root := build(3, 2, "r")
	s := &stats{byDepth: map[int][]string{}}
	root.Walk(s.visit)
	fmt.Println(s.count, s.maxDepth, s.byDepth[2])
	ls := leaves(root)
	fmt.Println(len(ls), ls[0].Val, ls[len(ls)-1].Val)
	annotate(ls)
	fmt.Println(*ls[0].meta, *ls[7].meta)
	found := ""
	root.Walk(func(d int, n *N) bool {
		if n.Val == "r.1.0" {
			found = fmt.Sprint(d, len(n.Kids))
			return false
		}
		return found == ""
	})
	fmt.Println(found)
	var count int
	counter := Visitor(func(int, *N) bool { count++; return true })
	root.Walk(counter)
	fmt.Println(count)
}
