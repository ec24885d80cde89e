// append growth: len and cap after each append for int, byte, string and
// struct element types, from nil and from make with spare capacity.
package main

import "fmt"

type pair struct{ a, b int64 }

func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			fmt.Println("int len", len(ints), "cap", cap(ints))
			last = cap(ints)
		}
	}
	var bs []byte
	last = -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			fmt.Print(cap(bs), " ")
			last = cap(bs)
		}
	}
	fmt.Println()
	var ss []string
	last = -1
	for i := 0; i < 600; i++ {
		ss = append(ss, "x")
		if cap(ss) != last {
			fmt.Print(cap(ss), " ")
			last = cap(ss)
		}
	}
	fmt.Println()
	var ps []pair
	for i := 0; i < 20; i++ {
		ps = append(ps, pair{int64(i), int64(-i)})
		fmt.Print(cap(ps), " ")
	}
	fmt.Println()
	m := make([]int, 3, 10)
	m = append(m, 1, 2, 3)
	fmt.Println(len(m), cap(m), m)
	m = append(m, m...)
	fmt.Println(len(m), cap(m), m)
	var e []int
	e = append(e)
	fmt.Println(e == nil, len(e), cap(e))
	e = append(e, []int{}...)
	fmt.Println(e == nil)
	big := append([]int(nil), make([]int, 1000)...)
	fmt.Println(len(big), cap(big))
	big = append(big, make([]int, 700)...)
	fmt.Println(len(big), cap(big))
}
