// knapsack: dynamic programming over integer tables.
//
// Measures: the 0/1 knapsack problem over one rolling int slice (the
// classic O(items x capacity) loop with a max and a bounds-checked backward
// read), the reconstruction of the chosen items from a per-item decision
// bitset ([]uint64), and a longest common subsequence of two generated
// byte strings over two rolling rows. Checksum: the best value, the number
// of chosen items and their weight, and the LCS length.
package main

import "fmt"

func main() {
	const items = 3000
	const capacity = 100000
	weights := make([]int, items)
	values := make([]int, items)
	seed := uint32(12345)
	rnd := func() int {
		seed = seed*1103515245 + 12345
		return int(seed >> 8)
	}
	for i := 0; i < items; i++ {
		weights[i] = 1 + rnd()%500
		values[i] = 1 + rnd()%1000
	}
	best := make([]int, capacity+1)
	words := (capacity + 64) / 64
	take := make([][]uint64, items)
	for i := 0; i < items; i++ {
		w, v := weights[i], values[i]
		bits := make([]uint64, words)
		for c := capacity; c >= w; c-- {
			if cand := best[c-w] + v; cand > best[c] {
				best[c] = cand
				bits[c/64] |= 1 << uint(c%64)
			}
		}
		take[i] = bits
	}
	c := capacity
	chosen, usedWeight := 0, 0
	for i := items - 1; i >= 0; i-- {
		if take[i][c/64]&(1<<uint(c%64)) != 0 {
			chosen++
			usedWeight += weights[i]
			c -= weights[i]
		}
	}

	const n = 8000
	s := make([]byte, n)
	t := make([]byte, n)
	for i := 0; i < n; i++ {
		s[i] = byte('a' + rnd()%4)
		t[i] = byte('a' + rnd()%4)
	}
	prev := make([]int, n+1)
	cur := make([]int, n+1)
	for i := 1; i <= n; i++ {
		for j := 1; j <= n; j++ {
			if s[i-1] == t[j-1] {
				cur[j] = prev[j-1] + 1
			} else if prev[j] >= cur[j-1] {
				cur[j] = prev[j]
			} else {
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	fmt.Printf("knapsack: items=%d capacity=%d best=%d chosen=%d weight=%d lcs=%d\n",
		items, capacity, best[capacity], chosen, usedWeight, prev[n])
}
