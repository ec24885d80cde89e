// make with a length whose byte size exceeds the address space reports
// "len out of range" as well.
package main

import "fmt"

func main() {
	n := 1 << 20
	fmt.Println(len(make([]int64, n)))
	n = 1 << 61
	fmt.Println(len(make([]int64, n)))
}
