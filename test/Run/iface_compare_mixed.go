// Comparisons between a concrete value and an interface value with the
// concrete operand on the left: sentinel error pointers, strings, ints and
// bools against interface{} and error.
package main

import "fmt"

type NotFound struct{ key string }

func (e *NotFound) Error() string { return "not found: " + e.key }

var ErrMissing = &NotFound{"missing"}

func lookup(k string) error {
	if k == "missing" {
		return ErrMissing
	}
	if k == "other" {
		return &NotFound{k}
	}
	return nil
}

func matches(args ...interface{}) []bool {
	x, s, b := 5, "five", true
	return []bool{x == args[0], s == args[1], b == args[2], s != args[0]}
}

func main() {
	for _, k := range []string{"missing", "other", "ok"} {
		err := lookup(k)
		fmt.Println(k, ErrMissing == err, ErrMissing != err, err == ErrMissing)
	}
	fmt.Println((*NotFound)(nil) == error(nil), (*NotFound)(nil) != error(nil))
	fmt.Println(matches(5, "five", true))
	fmt.Println(matches(int64(5), "six", "x" == "x" && "y" == "y"))
}
