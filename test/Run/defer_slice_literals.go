// Slice literal arguments of deferred calls, written or the implicit `...`
// one, are evaluated at the defer statement; gc builds the slice in its
// deferred wrapper, so a literal that the callee does not keep stays on
// the stack, yet each deferred call of a loop sees its own elements.
package main

import "fmt"

var total int

func sum(xs ...int) {
	for _, x := range xs {
		total = total*10 + x
	}
	fmt.Println("sum", xs, total)
}

func pair(a, b []int) {
	total += a[0]*100 + b[1]
	fmt.Println("pair", total)
}

func names(ss ...string) {
	for _, s := range ss {
		fmt.Print(s, " ")
	}
	fmt.Println()
}

func run() {
	for i := 1; i < 4; i++ {
		defer sum([]int{i, i + 1}...)
		defer sum(i, i+2)
		defer pair([]int{i}, []int{i, i * 2})
	}
	j := 0
loop:
	if j < 2 {
		defer names([]string{"goto", fmt.Sprint(j)}...)
		defer names([]string{2: "keyed", 0: fmt.Sprint(j)}...)
		j++
		goto loop
	}
}

func main() {
	run()
	fmt.Println("total", total)
}
