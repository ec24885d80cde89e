// Switch forms: with init statements, tagless, on strings and types of
// values, evaluation order of case expressions (stops at first match).
package main

import "fmt"

var calls []int

func val(n int) int {
	calls = append(calls, n)
	return n
}

func weekday(d string) int {
	switch d {
	case "mon":
		return 1
	case "tue":
		return 2
	case "sat", "sun":
		return 0
	}
	return -1
}

func main() {
	switch val(3) {
	case val(1), val(2):
		fmt.Println("no")
	case val(3), val(4):
		fmt.Println("matched 3")
	case val(5):
		fmt.Println("no")
	}
	fmt.Println(calls)
	for _, d := range []string{"mon", "sun", "xyz", "tue"} {
		fmt.Print(weekday(d), " ")
	}
	fmt.Println()
	switch n := len(calls); {
	case n < 3:
		fmt.Println("few")
	case n < 10:
		fmt.Println("some", n)
	}
	switch {
	}
	switch x := 7; x {
	}
	f := 2.5
	switch f {
	case 2.5:
		fmt.Println("float case")
	}
	type pt struct{ x, y int }
	switch (pt{1, 2}) {
	case pt{2, 1}:
		fmt.Println("swapped")
	case pt{1, 2}:
		fmt.Println("struct case")
	}
	var e interface{} = "s"
	switch e {
	case 1:
		fmt.Println("int 1")
	case "s":
		fmt.Println("interface matched string")
	}
	b := true
	switch b {
	case false:
		fmt.Println("f")
	case true:
		fmt.Println("t")
	}
}
