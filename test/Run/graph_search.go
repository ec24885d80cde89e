// Graph algorithms on adjacency lists: BFS shortest paths, DFS with
// cycle detection, topological sort (Kahn), connected components.
package main

import (
	"fmt"
	"sort"
)

type Graph struct {
	n   int
	adj [][]int
}

func NewGraph(n int) *Graph { return &Graph{n, make([][]int, n)} }

func (g *Graph) Edge(a, b int) { g.adj[a] = append(g.adj[a], b) }

func (g *Graph) BFS(src int) []int {
	dist := make([]int, g.n)
	for i := range dist {
		dist[i] = -1
	}
	dist[src] = 0
	q := []int{src}
	for len(q) > 0 {
		v := q[0]
		q = q[1:]
		for _, w := range g.adj[v] {
			if dist[w] < 0 {
				dist[w] = dist[v] + 1
				q = append(q, w)
			}
		}
	}
	return dist
}

func (g *Graph) HasCycle() bool {
	const white, grey, black = 0, 1, 2
	color := make([]int, g.n)
	var visit func(int) bool
	visit = func(v int) bool {
		color[v] = grey
		for _, w := range g.adj[v] {
			if color[w] == grey || color[w] == white && visit(w) {
				return true
			}
		}
		color[v] = black
		return false
	}
	for v := 0; v < g.n; v++ {
		if color[v] == white && visit(v) {
			return true
		}
	}
	return false
}

func (g *Graph) Topo() ([]int, bool) {
	indeg := make([]int, g.n)
	for _, ws := range g.adj {
		for _, w := range ws {
			indeg[w]++
		}
	}
	var ready, order []int
	for v, d := range indeg {
		if d == 0 {
			ready = append(ready, v)
		}
	}
	for len(ready) > 0 {
		sort.Ints(ready)
		v := ready[0]
		ready = ready[1:]
		order = append(order, v)
		for _, w := range g.adj[v] {
			indeg[w]--
			if indeg[w] == 0 {
				ready = append(ready, w)
			}
		}
	}
	return order, len(order) == g.n
}

func components(n int, edges [][2]int) [][]int {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		if parent[x] != x {
			parent[x] = find(parent[x])
		}
		return parent[x]
	}
	for _, e := range edges {
		a, b := find(e[0]), find(e[1])
		if a != b {
			parent[a] = b
		}
	}
	groups := map[int][]int{}
	for i := 0; i < n; i++ {
		groups[find(i)] = append(groups[find(i)], i)
	}
	var out [][]int
	for _, g := range groups {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func main() {
	g := NewGraph(8)
	for _, e := range [][2]int{{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}, {5, 6}, {4, 7}, {2, 7}} {
		g.Edge(e[0], e[1])
	}
	fmt.Println("dist from 0:", g.BFS(0))
	fmt.Println("cycle:", g.HasCycle())
	order, ok := g.Topo()
	fmt.Println("topo:", order, ok)
	g.Edge(7, 0)
	fmt.Println("cycle after 7->0:", g.HasCycle())
	order, ok = g.Topo()
	fmt.Println("topo:", order, ok)
	fmt.Println(components(10, [][2]int{{0, 5}, {5, 9}, {1, 2}, {3, 4}, {4, 1}, {7, 7}}))
}
