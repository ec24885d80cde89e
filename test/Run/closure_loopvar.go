// Go 1.19 loop variables are shared by all iterations: closures created
// in a loop all see the final value unless the variable is copied.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fs = nil
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2], ps[0] == ps[2])
	var hs []func() int
	for k, v := range map[int]int{1: 10} {
		hs = append(hs, func() int { return k + v })
	}
	fmt.Println(hs[0]())
	counters := make([]func() int, 3)
	for i := range counters {
		n := i * 100
		counters[i] = func() int { n++; return n }
	}
	counters[0]()
	fmt.Println(counters[0](), counters[1](), counters[2]())
	j := 0
	var last func() int
	for j < 5 {
		last = func() int { return j }
		j++
	}
	fmt.Println(last())
}
