// A deferred method call on a nil interface panics at the defer statement;
// a value method called through an interface holding a nil pointer panics
// with a runtime error naming the method.
package main

import "fmt"

type Closer interface{ Close() }

type Temp int

func (t Temp) Close() { fmt.Println("closing", int(t)) }

func deferNil() (reached bool) {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var c Closer
	defer c.Close()
	reached = true
	return
}

func nilValueMethod() {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println("is error:", ok)
		if ok {
			fmt.Println(err.Error())
		}
	}()
	var t *Temp
	var c Closer = t
	c.Close()
	fmt.Println("not reached")
}

func main() {
	fmt.Println("reached:", deferNil())
	var c Closer = Temp(3)
	defer c.Close()
	nilValueMethod()
}
