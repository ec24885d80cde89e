// sort.Slice with ties (stable only in the sense that ties are broken by an
// explicit secondary key), sort.Ints/Strings, sorting structs by several keys.
package main

import (
	"fmt"
	"sort"
)

type Emp struct {
	Name string
	Dept string
	Age  int
}

func main() {
	emps := []Emp{
		{"ann", "eng", 31}, {"bob", "ops", 25}, {"cid", "eng", 25},
		{"dan", "ops", 40}, {"eve", "eng", 31}, {"fay", "hr", 29},
		{"gus", "hr", 29}, {"hal", "eng", 22},
	}
	sort.Slice(emps, func(i, j int) bool {
		if emps[i].Dept != emps[j].Dept {
			return emps[i].Dept < emps[j].Dept
		}
		if emps[i].Age != emps[j].Age {
			return emps[i].Age > emps[j].Age
		}
		return emps[i].Name < emps[j].Name
	})
	for _, e := range emps {
		fmt.Printf("%-4s %-4s %d\n", e.Dept, e.Name, e.Age)
	}
	ints := []int{5, -1, 3, 3, 0, 99, -100, 42, 7, 7, 7, 1}
	sort.Ints(ints)
	fmt.Println(ints)
	strs := []string{"banana", "Apple", "apple", "", "cherry", "äpfel", "Zed"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	// A large slice with many equal keys, ties broken by index-carrying value.
	type kv struct{ k, v int }
	var big []kv
	for i := 0; i < 200; i++ {
		big = append(big, kv{(i * 7919) % 13, i})
	}
	sort.Slice(big, func(i, j int) bool {
		if big[i].k != big[j].k {
			return big[i].k < big[j].k
		}
		return big[i].v < big[j].v
	})
	ok := true
	for i := 1; i < len(big); i++ {
		a, b := big[i-1], big[i]
		if a.k > b.k || (a.k == b.k && a.v > b.v) {
			ok = false
		}
	}
	fmt.Println("sorted:", ok, big[0], big[199], big[100])
	var empty []int
	sort.Ints(empty)
	sort.Slice(empty, func(i, j int) bool { return false })
	fmt.Println(empty == nil, len(empty))
	byLen := []string{"ccc", "a", "bb", "dddd", "ee", "f"}
	sort.Slice(byLen, func(i, j int) bool {
		if len(byLen[i]) != len(byLen[j]) {
			return len(byLen[i]) < len(byLen[j])
		}
		return byLen[i] < byLen[j]
	})
	fmt.Println(byLen)
	arr := [5]int{9, 8, 7, 6, 5}
	sort.Ints(arr[1:4])
	fmt.Println(arr)
}
