// len and cap of arrays and array pointers are constants that do not
// evaluate their operand, unless it contains a function call.
package main

import "fmt"

var calls int

func f() int { calls++; return calls }

func arr() [4]int { calls += 10; return [4]int{} }

func main() {
	var p *[3]int
	n := len(*p)
	k := len([3]int{f(), 0, 0})
	j := len(arr())
	const c = len([2]string{})
	var q *[5]string
	fmt.Println(n, k, j, c, calls, len(q))
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	fmt.Println(len(p[:]))
}
