// Indexing a fixed-size array with an out-of-range variable index panics
// with the array's length in the message.
package main

import "fmt"

func main() {
	var days [7]string
	for i := range days {
		days[i] = fmt.Sprint("d", i)
	}
	idx := 3
	for step := 0; step < 5; step++ {
		fmt.Println(days[idx])
		idx += 2
	}
}
