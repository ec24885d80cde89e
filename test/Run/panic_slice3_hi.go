// A full slice expression whose high bound exceeds max.
package main

import "fmt"

func main() {
	var arr [8]int
	s := arr[:]
	hi, max := 5, 3
	fmt.Println(len(s[:max:hi]))
	fmt.Println(s[:hi:max])
}
