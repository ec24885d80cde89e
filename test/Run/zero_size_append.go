// append growth for zero-size element types, 3-byte structs and int64, and
// the capacity of appends of several elements at once.
package main

import "fmt"

type empty struct{}

func main() {
	var s []struct{}
	for i := 0; i < 5; i++ {
		s = append(s, struct{}{})
		fmt.Print(len(s), ":", cap(s), " ")
	}
	fmt.Println()
	z := make([]empty, 3, 10)
	z = append(z, empty{}, empty{})
	fmt.Println(len(z), cap(z))
	var za [][0]int
	za = append(za, [0]int{}, [0]int{})
	fmt.Println(len(za), cap(za), za)
	set := map[string]struct{}{}
	set["a"] = struct{}{}
	set["b"] = empty{}
	_, ok := set["a"]
	fmt.Println(len(set), ok, set)
	big := make([]int64, 0)
	prev := -1
	for i := 0; i < 5000; i++ {
		big = append(big, int64(i))
		if cap(big) != prev {
			fmt.Print(cap(big), " ")
			prev = cap(big)
		}
	}
	fmt.Println()
	type T3 struct{ a, b, c byte }
	var t3 []T3
	prev = -1
	for i := 0; i < 600; i++ {
		t3 = append(t3, T3{})
		if cap(t3) != prev {
			fmt.Print(cap(t3), " ")
			prev = cap(t3)
		}
	}
	fmt.Println()
	b := append([]byte(nil), make([]byte, 33)...)
	fmt.Println(len(b), cap(b))
	r := append([]rune(nil), 'a', 'b', 'c')
	fmt.Println(len(r), cap(r))
	st := append([]string{"a"}, "b", "c", "d", "e")
	fmt.Println(len(st), cap(st))
	x := make([]int, 5, 5)
	x = append(x, make([]int, 20)...)
	fmt.Println(len(x), cap(x))
}
