// A deferred function calls os.Exit while a panic is unwinding: the panic
// message is never printed and the exit status is os.Exit's.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		fmt.Println("deferred exit")
		os.Exit(7)
	}()
	var s []int
	fmt.Println("about to panic")
	_ = s[3]
}
