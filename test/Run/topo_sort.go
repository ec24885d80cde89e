// Topological sort of a build graph (Kahn's algorithm with a sorted ready
// list) and cycle detection by DFS with colours.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph struct {
	edges map[string][]string
	nodes map[string]bool
}

func NewGraph() *Graph {
	return &Graph{edges: map[string][]string{}, nodes: map[string]bool{}}
}

func (g *Graph) Add(from string, to ...string) {
	g.nodes[from] = true
	for _, t := range to {
		g.nodes[t] = true
		g.edges[from] = append(g.edges[from], t)
	}
}

func (g *Graph) Topo() ([]string, error) {
	indeg := map[string]int{}
	for n := range g.nodes {
		indeg[n] += 0
		for _, t := range g.edges[n] {
			indeg[t]++
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	sort.Strings(ready)
	var order []string
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		var next []string
		for _, t := range g.edges[n] {
			indeg[t]--
			if indeg[t] == 0 {
				next = append(next, t)
			}
		}
		ready = append(ready, next...)
		sort.Strings(ready)
	}
	if len(order) != len(g.nodes) {
		return order, fmt.Errorf("cycle: %d of %d nodes ordered", len(order), len(g.nodes))
	}
	return order, nil
}

const (
	white = iota
	grey
	black
)

func (g *Graph) FindCycle() []string {
	color := map[string]int{}
	var stack []string
	var found []string
	var visit func(n string) bool
	visit = func(n string) bool {
		color[n] = grey
		stack = append(stack, n)
		for _, t := range g.edges[n] {
			switch color[t] {
			case grey:
				for i, s := range stack {
					if s == t {
						found = append([]string{}, stack[i:]...)
						found = append(found, t)
					}
				}
				return true
			case white:
				if visit(t) {
					return true
				}
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		return false
	}
	var names []string
	for n := range g.nodes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if color[n] == white && visit(n) {
			return found
		}
	}
	return nil
}

func main() {
	g := NewGraph()
	g.Add("app", "lib", "log")
	g.Add("lib", "core", "log")
	g.Add("log", "core")
	g.Add("test", "app")
	g.Add("core")
	order, err := g.Topo()
	fmt.Println(strings.Join(order, " "), err)
	fmt.Println(g.FindCycle())
	g.Add("core", "app")
	order, err = g.Topo()
	fmt.Println(order, err)
	fmt.Println(strings.Join(g.FindCycle(), " -> "))
}
