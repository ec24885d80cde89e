// Custom error types: pointer and value receivers, wrapping with %w,
// errors carried through panics, and type switches over errors.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Temporary interface {
	error
	Temp() bool
}

type netErr struct{ msg string }

func (n netErr) Error() string { return n.msg }
func (n netErr) Temp() bool     { return true }

var ErrBase = errors.New("base failure")

func lookup(k string) error {
	switch k {
	case "a":
		return nil
	case "b":
		return &NotFound{k}
	case "c":
		return Code(404)
	case "d":
		return netErr{"timeout"}
	case "e":
		return fmt.Errorf("wrapped: %w", ErrBase)
	}
	var nf *NotFound
	return nf
}

func describe(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case *NotFound:
		if e == nil {
			return "typed nil *NotFound"
		}
		return "NotFound(" + e.Key + ")"
	case Code:
		return fmt.Sprint("Code=", int(e))
	case Temporary:
		return fmt.Sprint("temp=", e.Temp(), " ", e)
	default:
		return "other: " + e.Error()
	}
}

func mustPanic(err error) (res string) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				res = "recovered error: " + e.Error()
			} else {
				res = fmt.Sprint("recovered value: ", r)
			}
		}
	}()
	panic(err)
}

func main() {
	for _, k := range []string{"a", "b", "c", "d", "e", "z"} {
		err := lookup(k)
		fmt.Printf("%s: %s | nil? %v\n", k, describe(err), err == nil)
	}
	w := lookup("e")
	fmt.Println(w, w == ErrBase)
	fmt.Println(mustPanic(Code(7)))
	fmt.Println(mustPanic(&NotFound{"q"}))
	fmt.Printf("%v %+v %T\n", Code(3), Code(3), Code(3))
	fmt.Printf("%v %T\n", &NotFound{"k"}, &NotFound{"k"})
	e1 := fmt.Errorf("ctx %d: %v", 1, Code(5))
	fmt.Println(e1)
	panic(&NotFound{"final"})
}
