// `defer x.M()` on a nil interface panics at the defer statement, before
// the rest of the function runs; a nil func value deferred panics only
// when the deferred calls run.
package main

import "fmt"

type Closer interface{ Close() }

func deferIface() {
	var c Closer
	defer c.Close()
	fmt.Println("not reached")
}

func deferFunc() {
	var f func()
	defer f()
	fmt.Println("reached")
}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	try(deferIface)
	try(deferFunc)
	deferIface()
}
