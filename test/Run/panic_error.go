// panic with an error value prints its Error() text.
package main

import (
	"errors"
	"fmt"
)

func check(ok bool) error {
	if !ok {
		return errors.New("check failed")
	}
	return nil
}

func main() {
	fmt.Println(check(true))
	if err := check(false); err != nil {
		panic(err)
	}
}
