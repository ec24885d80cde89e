// fmt.Errorf with %w: nil, non-error and repeated operands, the dynamic
// types of the results, and comparison of distinct errors.New values.
package main

import (
	"errors"
	"fmt"
)

func main() {
	e1 := errors.New("one")
	e2 := errors.New("two")
	fmt.Println(fmt.Errorf("a: %w", nil))
	fmt.Println(fmt.Errorf("b: %w and %w", e1, e2))
	fmt.Println(fmt.Errorf("c: %w", "notanerror"))
	fmt.Println(fmt.Errorf("d: %v %w", e1, e2))
	fmt.Printf("%w\n", e1)
	w := fmt.Errorf("wrap: %w", e1)
	fmt.Printf("%T %v\n", w, w)
	fmt.Printf("%T\n", fmt.Errorf("plain"))
	fmt.Println(errors.New("x") == errors.New("x"))
}
