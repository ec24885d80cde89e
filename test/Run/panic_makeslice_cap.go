// make with a capacity smaller than the length panics.
package main

import "fmt"

func main() {
	l, c := 5, 10
	fmt.Println(cap(make([]byte, l, c)))
	c = 2
	fmt.Println(make([]byte, l, c))
}
