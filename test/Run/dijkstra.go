// Dijkstra's shortest paths on a weighted graph with a simple binary heap
// of (distance, node) pairs, path reconstruction, unreachable nodes.
package main

import (
	"fmt"
	"strings"
)

type edge struct {
	to, w int
}

type item struct{ d, v int }

type heap []item

func (h *heap) push(x item) {
	*h = append(*h, x)
	a := *h
	for i := len(a) - 1; i > 0; {
		p := (i - 1) / 2
		if a[p].d <= a[i].d {
			break
		}
		a[p], a[i] = a[i], a[p]
		i = p
	}
}

func (h *heap) pop() item {
	a := *h
	top := a[0]
	a[0] = a[len(a)-1]
	a = a[:len(a)-1]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(a) && a[l].d < a[m].d {
			m = l
		}
		if r < len(a) && a[r].d < a[m].d {
			m = r
		}
		if m == i {
			break
		}
		a[m], a[i] = a[i], a[m]
		i = m
	}
	*h = a
	return top
}

const inf = 1 << 60

func shortest(g [][]edge, src int) ([]int, []int) {
	dist := make([]int, len(g))
	prev := make([]int, len(g))
	for i := range dist {
		dist[i], prev[i] = inf, -1
	}
	dist[src] = 0
	h := &heap{{0, src}}
	for len(*h) > 0 {
		it := h.pop()
		if it.d > dist[it.v] {
			continue
		}
		for _, e := range g[it.v] {
			if nd := it.d + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = it.v
				h.push(item{nd, e.to})
			}
		}
	}
	return dist, prev
}

func path(prev []int, v int) string {
	var p []string
	for ; v >= 0; v = prev[v] {
		p = append([]string{fmt.Sprint(v)}, p...)
	}
	return strings.Join(p, "->")
}

func main() {
	n := 9
	g := make([][]edge, n)
	add := func(a, b, w int) {
		g[a] = append(g[a], edge{b, w})
		g[b] = append(g[b], edge{a, w})
	}
	add(0, 1, 4)
	add(0, 7, 8)
	add(1, 2, 8)
	add(1, 7, 11)
	add(2, 3, 7)
	add(2, 8, 2)
	add(2, 5, 4)
	add(3, 4, 9)
	add(3, 5, 14)
	add(4, 5, 10)
	add(5, 6, 2)
	add(6, 7, 1)
	add(6, 8, 6)
	add(7, 8, 7)
	g = append(g, nil)
	dist, prev := shortest(g, 0)
	for v := range g {
		if dist[v] == inf {
			fmt.Println(v, "unreachable")
			continue
		}
		fmt.Printf("%d dist=%2d path=%s\n", v, dist[v], path(prev, v))
	}
}
