// os.Exit inside a deferred call during a panic exits with its status
// and no panic message.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		fmt.Println("exiting from defer")
		os.Exit(5)
	}()
	panic("never reported")
}
