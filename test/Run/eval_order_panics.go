// A statement's calls run before the index, nil-pointer and division
// checks of its plain operands, and a non-pointer type assertion runs in
// order with the calls: which side effects happened before a panic.
package main

import "fmt"

var trace []string

func note(s string) int { trace = append(trace, s); return 1 }

type T struct{ x int }

func try(name string, body func()) {
	trace = nil
	defer func() {
		r := recover()
		fmt.Println(name, trace, r)
	}()
	body()
}

func main() {
	s := []int{1, 2, 3}
	k := 5
	var p *T
	zero := 0
	var e interface{} = "str"
	try("index", func() { fmt.Println(s[k] + note("call")) })
	try("nil", func() { fmt.Println(p.x + note("call")) })
	try("div", func() { fmt.Println(10/zero + note("call")) })
	try("assert-first", func() { fmt.Println(e.(int) + note("call")) })
	try("assert-ptr", func() { fmt.Println(e.(*T).x + note("call")) })
	try("slice", func() { fmt.Println(len(s[k:]) + note("call")) })
	try("store", func() { s[k] = note("call") })
	try("args", func() { fmt.Println(s[k], note("a"), note("b")) })
	try("and", func() { fmt.Println(s[k] == 1 && note("rhs") == 1, note("after")) })
}
