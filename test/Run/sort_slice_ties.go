// sort.Slice on data with many equal keys: the order of tied elements is
// the one Go 1.19's pdqsort produces, for sizes around its thresholds.
package main

import (
	"fmt"
	"sort"
)

type item struct {
	key, id int
}

func main() {
	for _, n := range []int{5, 11, 12, 13, 20, 50, 100, 1000} {
		xs := make([]item, n)
		seed := uint32(n * 7)
		for i := range xs {
			seed = seed*1664525 + 1013904223
			xs[i] = item{int(seed>>28) % 4, i}
		}
		sort.Slice(xs, func(i, j int) bool { return xs[i].key < xs[j].key })
		h := 0
		for i, x := range xs {
			h = h*31 + x.id*(i+1)
			h %= 1000000007
		}
		fmt.Println(n, h, xs[:5])
	}
	ss := []string{"b", "a", "c", "a", "b", "d", "a", "e", "c", "b", "a", "f", "g", "a", "b"}
	idx := make([]int, len(ss))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool { return ss[idx[i]] < ss[idx[j]] })
	fmt.Println(idx)
}
