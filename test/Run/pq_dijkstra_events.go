package main

import (
	"fmt"
	"sort"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph struct {
	adj   map[string][]Edge
	nodes []string
}

func NewGraph() *Graph { return &Graph{adj: map[string][]Edge{}} }

func (g *Graph) AddEdge(a, b string, w int) {
	for _, n := range [...]string{a, b} {
		if _, ok := g.adj[n]; !ok {
			g.adj[n] = nil
			g.nodes = append(g.nodes, n)
		}
	}
	g.adj[a] = append(g.adj[a], Edge{b, w})
	g.adj[b] = append(g.adj[b], Edge{a, w})
}

type item struct {
	node  string
	dist  int
	index int
}

type PQ []*item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].dist != pq[j].dist {
		return pq[i].dist < pq[j].dist
	}
	return pq[i].node < pq[j].node
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}

func (pq *PQ) push(it *item) {
	it.index = len(*pq)
	*pq = append(*pq, it)
	pq.up(it.index)
}

func (pq *PQ) pop() *item {
	old := *pq
	n := len(old) - 1
	old.Swap(0, n)
	it := old[n]
	old[n] = nil
	*pq = old[:n]
	pq.down(0)
	return it
}

func (pq PQ) up(j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !pq.Less(j, i) {
			break
		}
		pq.Swap(i, j)
		j = i
	}
}

func (pq PQ) down(i int) {
	n := len(pq)
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		j := l
		if r := l + 1; r < n && pq.Less(r, l) {
			j = r
		}
		if !pq.Less(j, i) {
			return
		}
		pq.Swap(i, j)
		i = j
	}
}

func (g *Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	pq := &PQ{}
	pq.push(&item{node: src})
	done := map[string]bool{}
	for pq.Len() > 0 {
		it := pq.pop()
		if done[it.node] {
			continue
		}
		done[it.node] = true
		for _, e := range g.adj[it.node] {
			nd := it.dist + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = it.node
				pq.push(&item{node: e.To, dist: nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) []string {
	var p []string
	for at := to; at != ""; at = prev[at] {
		p = append([]string{at}, p...)
	}
	return p
}

type Event struct {
	At   int
	Name string
	Run  func(*Sim) []Event
}

type Sim struct {
	now    int
	queue  []Event
	log    []string
	counts map[string]int
}

func (s *Sim) Schedule(evs ...Event) {
	s.queue = append(s.queue, evs...)
	sort.SliceStable(s.queue, func(i, j int) bool { return s.queue[i].At < s.queue[j].At })
}

func (s *Sim) Run(limit int) {
	for len(s.queue) > 0 && s.now <= limit {
		ev := s.queue[0]
		s.queue = s.queue[1:]
		s.now = ev.At
		s.counts[ev.Name]++
		s.log = append(s.log, fmt.Sprintf("t=%03d %s", s.now, ev.Name))
		if ev.Run != nil {
			s.Schedule(ev.Run(s)...)
		}
	}
}

func ticker(name string, every, times int) func(*Sim) []Event {
	n := 0
	var self func(*Sim) []Event
	self = func(s *Sim) []Event {
		n++
		if n >= times {
			return nil
		}
		return []Event{{s.now + every, name, self}}
	}
	return self
}

func main() {
	g := NewGraph()
	edges := []struct {
		a, b string
		w    int
	}{
		{"A", "B", 4}, {"A", "C", 2}, {"B", "C", 5}, {"B", "D", 10},
		{"C", "E", 3}, {"E", "D", 4}, {"D", "F", 11}, {"E", "F", 20}, {"G", "H", 1},
	}
	for _, e := range edges {
		g.AddEdge(e.a, e.b, e.w)
	}
	dist, prev := g.Dijkstra("A")
	names := append([]string(nil), g.nodes...)
	sort.Strings(names)
	for _, n := range names {
		d, ok := dist[n]
		if !ok {
			fmt.Printf("%-2s unreachable\n", n)
			continue
		}
		fmt.Printf("%-2s %3d  %s\n", n, d, strings.Join(path(prev, n), "->"))
	}
	fmt.Println(len(dist), len(prev), dist)

	pq := PQ{}
	for i, w := range []int{5, 3, 8, 1, 9, 2, 7, 3} {
		pq.push(&item{node: fmt.Sprintf("n%d", i), dist: w})
	}
	var order []string
	for pq.Len() > 0 {
		it := pq.pop()
		order = append(order, fmt.Sprintf("%s:%d", it.node, it.dist))
	}
	fmt.Println(strings.Join(order, " "))

	s := &Sim{counts: map[string]int{}}
	s.Schedule(
		Event{0, "start", nil},
		Event{5, "fast", ticker("fast", 5, 4)},
		Event{7, "slow", ticker("slow", 12, 3)},
		Event{30, "stop", func(s *Sim) []Event { s.queue = nil; return []Event{{s.now + 1, "after-stop", nil}} }},
	)
	s.Run(100)
	for _, l := range s.log {
		fmt.Println(l)
	}
	fmt.Println(s.counts, s.now)

	people := []struct {
		Name string
		Age  int
	}{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 25}, {"Ed", 40}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	ints := []int{5, -1, 3, 3, 0}
	sort.Ints(ints)
	fmt.Println(ints)
}
