// A panic inside a deferred call while panicking prints both panics.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("deferred runs during the first panic")
		panic("second")
	}()
	var m map[int]int
	m[1] = 2
}
