// A bare return in a function with named results returns what the results
// hold after the deferred calls ran, which may change them; so does a
// return of a multi-value call, and a return with a blank result.
package main

import "fmt"

func pair() (int, bool) { return 4, false }

func bare() (a int, b bool) {
	defer func() { a++; b = !b }()
	a, b = pair()
	return
}

func call() (a int, b bool) {
	defer func() { a++ }()
	return pair()
}

func blank() (_ int, s string) {
	defer func() { s += "!" }()
	return 7, "hi"
}

var sink *int

func recovered(fail bool) (x int) {
	sink = &x
	defer func() {
		recover()
		x = 1
	}()
	if fail {
		panic("fail")
	}
	return
}

func main() {
	fmt.Println(bare())
	fmt.Println(call())
	fmt.Println(blank())
	fmt.Println(recovered(true), recovered(false))
}
