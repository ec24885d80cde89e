// nil slices versus empty slices: len, cap, range, append, comparison to
// nil, printing with fmt, slices of nil.
package main

import "fmt"

func describe(name string, s []int) {
	fmt.Printf("%s: nil=%t len=%d cap=%d %v\n", name, s == nil, len(s), cap(s), s)
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := a[:0]
	e := b[0:0]
	describe("var", a)
	describe("literal", b)
	describe("make", c)
	describe("nil[:0]", d)
	describe("empty[0:0]", e)
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	describe("appended", a)
	var ss []string
	fmt.Printf("%v %q %d\n", ss, ss, len(ss))
	var m [][]int
	m = append(m, nil, []int{}, []int{1})
	fmt.Println(len(m), m[0] == nil, m[1] == nil, m)
	fmt.Println(fmt.Sprint([]int(nil)), fmt.Sprintf("%v", []string{}))
	f := func() []int { return nil }
	fmt.Println(len(f()), f() == nil)
}
