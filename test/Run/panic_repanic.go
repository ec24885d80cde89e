// A recovered panic that is panicked again prints with [recovered].
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("cleaning up after", r)
		panic(r)
	}()
	panic("fatal condition")
}
