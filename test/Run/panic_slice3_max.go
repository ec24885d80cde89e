// A full slice expression whose max exceeds the capacity.
package main

import "fmt"

func main() {
	s := make([]int, 3, 4)
	max := 4
	fmt.Println(cap(s[1:2:max]))
	max = 6
	fmt.Println(s[1:2:max])
}
