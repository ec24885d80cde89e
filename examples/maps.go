// maps demonstrates map insertion, update, delete, comma-ok lookups, zero
// values for missing keys, len, deterministic iteration by sorting the keys,
// maps of slices and of structs, struct keys, and a map growing to many
// entries while some are deleted.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

type coord struct{ Row, Col int }

type stock struct {
	Qty   int
	Price float64
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func printMap(name string, m map[string]int) {
	fmt.Printf("%s (%d):", name, len(m))
	for _, k := range sortedKeys(m) {
		fmt.Printf(" %s=%d", k, m[k])
	}
	fmt.Println()
}

func main() {
	ages := map[string]int{"alice": 31, "bob": 27}
	ages["carol"] = 45
	ages["bob"]++
	printMap("ages", ages)

	if a, ok := ages["alice"]; ok {
		fmt.Println("alice is", a)
	}
	v, ok := ages["dave"]
	fmt.Println("dave:", v, ok)
	delete(ages, "alice")
	delete(ages, "nobody")
	printMap("ages", ages)

	// A nil map can be read and deleted from, but not written.
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")

	// Maps of slices: grouping words by length.
	words := []string{"go", "map", "key", "value", "slice", "range", "if", "defer"}
	byLen := make(map[int][]string)
	for _, w := range words {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := make([]int, 0, len(byLen))
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Println(l, byLen[l])
	}

	// Struct values: must reassign to update a field.
	inv := map[string]stock{
		"apple":  {Qty: 10, Price: 0.5},
		"banana": {Qty: 24, Price: 0.25},
	}
	s := inv["apple"]
	s.Qty -= 3
	inv["apple"] = s
	for _, k := range []string{"apple", "banana", "cherry"} {
		st := inv[k]
		fmt.Printf("%-7s %+v value=%.2f\n", k, st, float64(st.Qty)*st.Price)
	}

	// Struct keys.
	grid := map[coord]string{}
	grid[coord{0, 0}] = "origin"
	grid[coord{2, 3}] = "treasure"
	grid[coord{0, 0}] = "start"
	fmt.Println(len(grid), grid[coord{0, 0}], grid[coord{2, 3}], grid[coord{1, 1}] == "")

	// Pointer values allow in-place updates.
	counters := map[string]*int{}
	for _, w := range []string{"a", "b", "a", "c", "a", "b"} {
		p, ok := counters[w]
		if !ok {
			p = new(int)
			counters[w] = p
		}
		*p++
	}
	flat := map[string]int{}
	for k, p := range counters {
		flat[k] = *p
	}
	printMap("counters", flat)

	// Growth: insert many, delete the odd ones, verify the rest.
	big := make(map[string]int)
	for i := 0; i < 2000; i++ {
		big["k"+strconv.Itoa(i)] = i * i
	}
	for i := 1; i < 2000; i += 2 {
		delete(big, "k"+strconv.Itoa(i))
	}
	sum, bad := 0, 0
	for k, v := range big {
		n, err := strconv.Atoi(k[1:])
		if err != nil || n*n != v || n%2 != 0 {
			bad++
		}
		sum += v
	}
	fmt.Println("big:", len(big), "sum:", sum, "bad:", bad)

	// Deleting during iteration is allowed.
	m := map[int]bool{}
	for i := 0; i < 50; i++ {
		m[i] = i%3 == 0
	}
	for k, keep := range m {
		if !keep {
			delete(m, k)
		}
	}
	fmt.Println("multiples of 3 left:", len(m))
}
