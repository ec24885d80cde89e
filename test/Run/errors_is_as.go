package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPerm = errors.New("permission denied")

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

type Code int

func (c Code) Error() string { return "code " + strconv.Itoa(int(c)) }

type Temporary interface {
	error
	Temporary() bool
}

type timeout struct{ after int }

func (t timeout) Error() string   { return fmt.Sprintf("timeout after %dms", t.after) }
func (t timeout) Temporary() bool { return t.after < 100 }

// matchAll is equal to every error whose text starts with "m".
type matchAll struct{}

func (matchAll) Error() string { return "matchAll" }
func (matchAll) Is(target error) bool {
	return target != nil && len(target.Error()) > 0 && target.Error()[0] == 'm'
}

// asCode converts itself into a Code target.
type asCode struct{ c Code }

func (a asCode) Error() string { return "asCode" }
func (a asCode) As(target interface{}) bool {
	if p, ok := target.(*Code); ok {
		*p = a.c
		return true
	}
	return false
}

type sliceErr []string

func (s sliceErr) Error() string { return fmt.Sprint([]string(s)) }

func main() {
	base := &PathError{"open", "/etc/x", ErrNotFound}
	wrapped := fmt.Errorf("config: %w", base)
	double := fmt.Errorf("startup: %w", wrapped)
	fmt.Println(errors.Is(double, ErrNotFound), errors.Is(double, ErrPerm), errors.Is(nil, nil), errors.Is(nil, ErrPerm), errors.Is(ErrPerm, nil))
	fmt.Println(errors.Unwrap(double) == wrapped, errors.Unwrap(wrapped) == base, errors.Unwrap(base) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil, errors.Unwrap(nil))

	var pe *PathError
	if errors.As(double, &pe) {
		fmt.Println("as PathError:", pe.Op, pe.Path, pe == base)
	}
	var c Code
	fmt.Println(errors.As(fmt.Errorf("x: %w", Code(7)), &c), c)
	fmt.Println(errors.As(fmt.Errorf("x: %w", asCode{42}), &c), c)
	var tmp Temporary
	fmt.Println(errors.As(fmt.Errorf("net: %w", timeout{50}), &tmp), tmp, tmp != nil && tmp.Temporary())
	var anyErr interface{}
	fmt.Println(errors.As(double, &anyErr), anyErr)
	var e2 error
	fmt.Println(errors.As(Code(3), &e2), e2)
	fmt.Println(errors.As(double, &c), c)

	fmt.Println(errors.Is(matchAll{}, errors.New("match me")), errors.Is(matchAll{}, errors.New("no")))
	fmt.Println(errors.Is(fmt.Errorf("w: %w", Code(5)), Code(5)), errors.Is(Code(5), Code(6)))
	fmt.Println(errors.Is(sliceErr{"a"}, sliceErr{"a"}), errors.Is(fmt.Errorf("%w", sliceErr{"b"}), ErrPerm))
	fmt.Println(errors.Is(timeout{1}, timeout{1}), errors.Is(timeout{1}, timeout{2}))

	for _, target := range []interface{}{nil, 5, pe, &c, (*Code)(nil), &struct{}{}} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Printf("panic: %v (%T)\n", r, r)
				}
			}()
			fmt.Println("as ->", errors.As(double, target))
		}()
	}
	var nilTarget **PathError
	defer func() { fmt.Println("final:", recover()) }()
	errors.As(base, nilTarget)
}
