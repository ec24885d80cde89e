// A deferred function recovers, inspects and panics again; an outer
// function recovers the new value. Deferred calls of every frame run.
package main

import (
	"errors"
	"fmt"
)

func inner() {
	defer fmt.Println("inner deferred")
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprint("re-panic of ", r))
	}()
	panic("original")
}

func middle() {
	defer fmt.Println("middle deferred")
	inner()
	fmt.Println("not reached")
}

func outer() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer got: ", r)
		}
	}()
	middle()
	return "normal"
}

func replace() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("replaced")
		}
	}()
	defer func() {
		panic("second panic replaces first")
	}()
	panic("first")
}

func main() {
	fmt.Println(outer())
	fmt.Println(replace())
	fmt.Println("recover outside panic:", recover())
	func() {
		defer func() {
			fmt.Println("after recover, value:", recover(), "then:", recover())
		}()
		panic(errors.New("err value"))
	}()
}
