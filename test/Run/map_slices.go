// Maps of slices (grouping with append), slices of maps, and maps of
// maps built lazily.
package main

import (
	"fmt"
	"sort"
)

func main() {
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot", "beet"}
	groups := map[byte][]string{}
	for _, w := range words {
		groups[w[0]] = append(groups[w[0]], w)
	}
	fmt.Println(len(groups), groups)
	keys := make([]int, 0, len(groups))
	for k := range groups {
		keys = append(keys, int(k))
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(string(rune(k)), len(groups[byte(k)]), groups[byte(k)])
	}
	nested := map[string]map[string]int{}
	add := func(a, b string, n int) {
		inner, ok := nested[a]
		if !ok {
			inner = map[string]int{}
			nested[a] = inner
		}
		inner[b] += n
	}
	add("x", "p", 1)
	add("x", "q", 2)
	add("y", "p", 3)
	add("x", "p", 10)
	fmt.Println(nested, len(nested["x"]), nested["z"]["p"])
	sm := []map[int]bool{{1: true}, {}, nil}
	for i, m := range sm {
		fmt.Println(i, len(m), m[1], m == nil)
	}
	adj := map[int][]int{}
	edges := [][2]int{{1, 2}, {1, 3}, {2, 3}, {3, 1}, {4, 1}}
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
	}
	fmt.Println(adj)
}
