// Deferred calls run in LIFO order when the function returns, after the
// result is set; arguments are evaluated at the defer statement.
package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func b() {
	defer un(trace("b"))
	fmt.Println("in b")
	a()
}

func values() (r int) {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 2
	r = x * 10
	return r + 1
}

type T struct{ name string }

func (t T) show()   { fmt.Println("value receiver:", t.name) }
func (t *T) showp() { fmt.Println("pointer receiver:", t.name) }

func main() {
	b()
	fmt.Println("values returned", values())
	t := T{"first"}
	defer t.show()
	defer t.showp()
	t.name = "second"
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	defer fmt.Println()
	fmt.Println("main body done")
}
