// recover and re-panic with a different value, panics inside deferred
// functions, recover only in the directly deferred function.
package main

import (
	"errors"
	"fmt"
)

func helper() interface{} { return recover() }

func indirect() (r interface{}) {
	defer func() {
		r = helper() // not called directly by the deferred func: returns nil
		if r == nil {
			r = recover()
		}
	}()
	panic("indirect")
}

func layer(n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("layer", n, "caught", r)
			if n > 0 {
				panic(fmt.Sprintf("%v<-%d", r, n))
			}
		}
	}()
	if n == 3 {
		panic("bottom")
	}
	layer(n + 1)
}

func deferPanics() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("got %v", r)
		}
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func main() {
	fmt.Println(indirect())
	layer(0)
	fmt.Println(deferPanics())
	fmt.Println(recover())
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		panic(errors.New("final error"))
	}()
	var m map[string]int
	m["x"] = 1
}
