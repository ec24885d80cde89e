// Integer remainder by zero panics with the same message as division.
package main

import "fmt"

func main() {
	var d int8 = 3
	for i := 0; i < 5; i++ {
		fmt.Println(int8(10) % d)
		d--
	}
}
