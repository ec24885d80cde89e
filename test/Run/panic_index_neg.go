// A negative variable index panics without a length in the message.
package main

import "fmt"

func main() {
	a := [4]string{"a", "b", "c", "d"}
	i := 2
	fmt.Println(a[i])
	i -= 3
	fmt.Println(a[i])
}
