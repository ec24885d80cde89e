// make with a negative length panics.
package main

import "fmt"

func main() {
	n := 3
	fmt.Println(len(make([]int, n)))
	n -= 4
	fmt.Println(make([]int, n))
}
