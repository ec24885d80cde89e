// A field promoted through a nil embedded pointer: reading it dereferences
// nil; the recovered runtime error is printed, then a second one is fatal.
package main

import "fmt"

type Base struct{ ID int }

func (b *Base) Describe() string { return fmt.Sprint("base ", b.ID) }

type Derived struct {
	*Base
	Name string
}

func main() {
	d := Derived{Base: &Base{7}, Name: "ok"}
	fmt.Println(d.ID, d.Describe())
	func() {
		defer func() {
			r := recover()
			err, isErr := r.(error)
			fmt.Println("recovered:", r, isErr, err)
		}()
		var e Derived
		fmt.Println(e.Name == "")
		fmt.Println(e.ID)
	}()
	var e2 Derived
	e2.Base.ID = 1
}
