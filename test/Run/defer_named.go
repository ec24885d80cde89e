// Deferred closures can read and modify named results, including after a
// recovered panic; return statements assign before defers run.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func cleanup() (err error) {
	defer func() {
		if cerr := errors.New("close failed"); err == nil {
			err = cerr
		}
	}()
	return nil
}

func keepsFirst() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %v", err)
		}
	}()
	return errors.New("original")
}

func counter() (i int) {
	for j := 0; j < 3; j++ {
		defer func() { i++ }()
	}
	return 10
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func main() {
	fmt.Println(double())
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(cleanup())
	fmt.Println(keepsFirst())
	fmt.Println(counter(), unnamed())
}
