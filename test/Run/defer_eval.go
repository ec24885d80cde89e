// defer evaluates function values and arguments at the defer statement;
// deferred closures see later changes; method values bind the receiver.
package main

import "fmt"

type T struct{ name string }

func (t T) Show(tag string)   { fmt.Println("value", t.name, tag) }
func (t *T) PShow(tag string) { fmt.Println("pointer", t.name, tag) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func counter() (n int) {
	defer func() { n *= 10 }()
	defer func(v int) { n += v }(n + 5)
	n = 1
	return n + 1
}

func pick(k int) func(string) {
	fmt.Println("pick", k)
	return func(s string) { fmt.Println("picked", k, s) }
}

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
	t := T{"first"}
	defer t.Show("A")
	defer t.PShow("B")
	t.name = "second"
	nested()
	fmt.Println("counter", counter())
	defer pick(1)(trace("arg1"))
	defer pick(2)(trace("arg2"))
	for i := 0; i < 3; i++ {
		defer func(i int) { fmt.Print("loop ", i, "; ") }(i)
	}
	var f func()
	defer func() {
		r := recover()
		fmt.Println("\nrecovered nil func call:", r)
	}()
	defer f()
	fmt.Println("end of main")
}
