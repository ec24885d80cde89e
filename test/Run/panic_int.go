// panic with an int value, and with a named integer type.
package main

import "fmt"

type Code int

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(Code(42))
	}()
	panic(17)
}
