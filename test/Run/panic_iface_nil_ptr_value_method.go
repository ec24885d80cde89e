// Calling a value method through an interface holding a nil *T panics
// with gc's panicwrap message, a runtime.Error without the "runtime
// error: " prefix; a pointer method gets the nil pointer.
package main

import "fmt"

type T int

func (t T) Value() int { return int(t) }

func (t *T) Ptr() bool { return t == nil }

type Valuer interface{ Value() int }

type Ptrer interface{ Ptr() bool }

// Package variables: gc cannot devirtualize the calls (a direct call
// p.Value() dereferences p and panics as any nil dereference).
var (
	v  Valuer
	pr Ptrer
)

func main() {
	var p *T
	pr = p
	fmt.Println(pr.Ptr())
	func() {
		defer func() {
			err := recover().(error)
			fmt.Println(err.Error())
		}()
		v = p
		v.Value()
	}()
	fmt.Println(v.Value())
}
