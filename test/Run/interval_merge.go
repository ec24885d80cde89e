// Merging intervals, inserting into a sorted set of intervals, and
// computing coverage; structs in slices sorted with sort.Slice.
package main

import (
	"fmt"
	"sort"
)

type Interval struct{ Lo, Hi int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d]", iv.Lo, iv.Hi) }

func merge(in []Interval) []Interval {
	if len(in) == 0 {
		return nil
	}
	s := make([]Interval, len(in))
	copy(s, in)
	sort.Slice(s, func(i, j int) bool {
		if s[i].Lo != s[j].Lo {
			return s[i].Lo < s[j].Lo
		}
		return s[i].Hi < s[j].Hi
	})
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.Lo <= last.Hi+1 {
			if iv.Hi > last.Hi {
				last.Hi = iv.Hi
			}
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func coverage(ivs []Interval) int {
	t := 0
	for _, iv := range merge(ivs) {
		t += iv.Hi - iv.Lo + 1
	}
	return t
}

func contains(ivs []Interval, x int) bool {
	lo, hi := 0, len(ivs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if ivs[mid].Hi < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo < len(ivs) && ivs[lo].Lo <= x
}

func main() {
	in := []Interval{{5, 8}, {1, 3}, {2, 4}, {10, 12}, {9, 9}, {20, 25}, {22, 23}}
	m := merge(in)
	fmt.Println(m)
	fmt.Println(in)
	fmt.Println(coverage(in))
	fmt.Println(merge(nil) == nil, len(merge([]Interval{{1, 1}})))
	fmt.Printf("%v %s\n", m[0], m)
	for _, x := range []int{0, 1, 4, 5, 9, 13, 21, 26} {
		fmt.Print(x, ":", contains(m, x), " ")
	}
	fmt.Println()
	var byLen []Interval
	byLen = append(byLen, m...)
	sort.Slice(byLen, func(i, j int) bool {
		li, lj := byLen[i].Hi-byLen[i].Lo, byLen[j].Hi-byLen[j].Lo
		if li != lj {
			return li > lj
		}
		return byLen[i].Lo < byLen[j].Lo
	})
	fmt.Println(byLen)
}
