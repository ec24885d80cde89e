// A recovered runtime error panicked again keeps its runtime error text.
package main

import "fmt"

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("got:", r)
			panic(r)
		}
	}()
	s := []int{1, 2, 3}
	i := 3
	s[i] = 0
}
