// Slicing a slice beyond its capacity reports the capacity.
package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	hi := 3
	fmt.Println(len(s[:hi]))
	hi = 5
	fmt.Println(s[:hi])
}
