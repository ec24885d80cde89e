// A type embedding a *strings.Builder: gc's wrappers of its value
// receiver call the Builder's methods without a tail call, and inline
// the bodies of those it can, even under -l. Its pointer receiver's
// wrappers tail-call them, and an interface's wrappers call dynamically:
// neither inlines anything.
package main

import "strings"

type Log struct {
	*strings.Builder
	lines int
}

type Sized interface{ Len() int }

func main() {
	var s Sized = Log{Builder: &strings.Builder{}}
	var p Sized = &Log{Builder: &strings.Builder{}}
	println(s.Len(), p.Len())
}
