// Map insert, update, lookup of missing keys (zero value), comma-ok,
// delete (also of missing keys), len, and nil-map reads.
package main

import "fmt"

func main() {
	m := map[string]int{}
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	m["two"] += 20
	fmt.Println(len(m), m["one"], m["two"], m["missing"])
	v, ok := m["three"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "nothing")
	_, ok = m["one"]
	fmt.Println(len(m), ok)
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")
	for k := range nilMap {
		fmt.Println("never", k)
	}
	counts := make(map[rune]int)
	for _, r := range "abracadabra" {
		counts[r]++
	}
	fmt.Println(counts)
	ints := make(map[int]int, 100)
	for i := 0; i < 1000; i++ {
		ints[i%37] += i
	}
	fmt.Println(len(ints), ints[0], ints[36])
	sum := 0
	for k, v := range ints {
		sum += k * v
	}
	fmt.Println("weighted sum:", sum)
	if n, ok := ints[5]; ok {
		fmt.Println("found", n)
	}
	m2 := map[bool]string{true: "yes", false: "no"}
	fmt.Println(m2[1 < 2], m2[2 < 1], m2)
}
