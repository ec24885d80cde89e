// sort.Ints, sort.Strings and sort.Slice with several comparators,
// including multi-key ordering and sorting a sub-slice in place.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	ints := []int{5, -2, 9, 0, 3, 3, -10, 100, 7}
	sort.Ints(ints)
	fmt.Println(ints)
	strs := []string{"pear", "Apple", "banana", "apple", "", "Banana", "äpfel"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}, {"eve", 35}}
	sort.Slice(people, func(i, j int) bool {
		if people[i].age != people[j].age {
			return people[i].age < people[j].age
		}
		return people[i].name > people[j].name
	})
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name < people[j].name })
	fmt.Println(people)
	part := []int{9, 8, 7, 6, 5, 4, 3}
	sort.Ints(part[2:5])
	fmt.Println(part)
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 211
	}
	sort.Ints(big)
	ok := true
	for i := 1; i < len(big); i++ {
		if big[i-1] > big[i] {
			ok = false
		}
	}
	fmt.Println(ok, big[0], big[199], big[100])
	words := []string{"bb", "a", "ccc", "dd", "e"}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) > len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, len(empty))
}
