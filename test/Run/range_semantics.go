// range evaluates its operand once; arrays are copied, slices are not;
// appends during range are not seen; range variables are copies;
// assignments to existing variables in range clauses.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

var evals int

func items() []int { evals++; return []int{1, 2, 3} }

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 99)
			s[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	sl := arr[:]
	for i, v := range sl {
		sl[2] = 200
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for range items() {
	}
	for _, x := range items() {
		_ = x
	}
	fmt.Println("evals", evals)
	cs := []Counter{{}, {}}
	for _, c := range cs {
		c.Inc()
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	ptrs := []*Counter{{}, {}}
	for _, c := range ptrs {
		c.Inc()
	}
	fmt.Println(*ptrs[0], *ptrs[1])
	var i int
	for i = range s {
	}
	fmt.Println("final i", i)
	str := "aé"
	for i = range str {
	}
	fmt.Println("final str i", i)
	var k string
	var v int
	for k, v = range map[string]int{"only": 7} {
	}
	fmt.Println(k, v)
	switch true {
	case len(s) > 3:
		fmt.Println("long")
	}
}
