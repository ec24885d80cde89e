// Map iteration order is unspecified, so results are accumulated with
// order-independent sums or sorted before printing; fmt sorts keys.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	m := map[string]int{}
	for i, w := range strings.Fields("one two three four five six seven eight nine ten") {
		m[w] = i + 1
	}
	sum, xor := 0, 0
	for k, v := range m {
		sum += v * len(k)
		xor ^= v << uint(len(k))
	}
	fmt.Println(sum, xor)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, m[k])
	}
	fmt.Println()
	fmt.Println(m)
	im := map[int]string{-5: "neg", 10: "ten", 0: "zero", 3: "three"}
	fmt.Println(im)
	fm := map[float64]bool{2.5: true, -1: false, 0: true}
	fmt.Println(fm)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	// deleting every entry during iteration is well defined
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	count := 0
	big := map[int]int{}
	for i := 0; i < 100; i++ {
		big[i] = i
	}
	for k := range big {
		if k%2 == 0 {
			delete(big, k+1)
		}
		count++
	}
	fmt.Println(count >= 50, len(big) >= 50)
}
