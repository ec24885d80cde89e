// Panicking with values of named basic types prints them with their type
// name: main.Level(3), main.Tag("x"); here the last one is uncaught.
package main

import "fmt"

type Level int
type Tag string
type Ratio float64
type Flag bool

func try(v interface{}) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v (%T)\n", r, r)
	}()
	panic(v)
}

func main() {
	try(Level(3))
	try(Tag("x"))
	try(Ratio(0.25))
	try(Flag(true))
	try(uint8(200))
	panic(Tag("fatal tag"))
}
