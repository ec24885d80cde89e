// Struct and array equality, and structs/arrays/interfaces as map keys.
package main

import (
	"fmt"
	"sort"
)

type Pos struct {
	R, C int
}

type Key struct {
	Name string
	Pos  Pos
	Tag  [2]byte
}

type Grid [3][3]int

func main() {
	seen := map[Pos]bool{}
	moves := []Pos{{0, 1}, {1, 0}, {0, 1}, {2, 2}, {1, 0}}
	for _, m := range moves {
		if seen[m] {
			fmt.Println("dup", m)
		}
		seen[m] = true
	}
	fmt.Println(len(seen), seen)

	counts := map[Key]int{}
	counts[Key{"a", Pos{1, 2}, [2]byte{'x', 'y'}}]++
	counts[Key{"a", Pos{1, 2}, [2]byte{'x', 'y'}}]++
	counts[Key{"a", Pos{1, 2}, [2]byte{'x', 'z'}}]++
	keys := make([]Key, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].Tag[1] < keys[j].Tag[1] })
	for _, k := range keys {
		fmt.Printf("%+v -> %d\n", k, counts[k])
	}

	var g1, g2 Grid
	g1[1][1] = 5
	g2[1][1] = 5
	fmt.Println(g1 == g2)
	g2[2][0] = 1
	fmt.Println(g1 == g2, g1 != g2)

	arrKeys := map[[3]int]string{{1, 2, 3}: "a", {3, 2, 1}: "b"}
	fmt.Println(arrKeys[[3]int{1, 2, 3}], arrKeys[[3]int{3, 2, 1}], arrKeys[[3]int{}] == "")

	ik := map[interface{}]int{}
	ik[1] = 1
	ik["1"] = 2
	ik[Pos{1, 1}] = 3
	ik[int64(1)] = 4
	ik[[2]int{1, 1}] = 5
	fmt.Println(len(ik), ik[1], ik["1"], ik[Pos{1, 1}], ik[int64(1)], ik[[2]int{1, 1}], ik[int32(1)])

	var a, b interface{} = Pos{1, 2}, Pos{1, 2}
	fmt.Println(a == b)
	b = Key{Name: "k"}
	fmt.Println(a == b)
	type pair struct {
		a interface{}
		b string
	}
	p1 := pair{1.5, "x"}
	p2 := pair{1.5, "x"}
	fmt.Println(p1 == p2)
	p2.a = float32(1.5)
	fmt.Println(p1 == p2)
	fs := map[float64]int{}
	fs[0.0]++
	fs[-0.0]++
	fmt.Println(len(fs), fs[0])
}
