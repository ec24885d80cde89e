// Asserting a nil interface value to a concrete type.
package main

import "fmt"

type T struct{ x int }

func find(ok bool) interface{} {
	if ok {
		return T{1}
	}
	return nil
}

func main() {
	fmt.Println(find(true).(T).x)
	fmt.Println(find(false).(T).x)
}
