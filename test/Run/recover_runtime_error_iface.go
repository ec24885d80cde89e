package main

import (
	"errors"
	"fmt"
)

// runtimeError is the method set of gc's runtime.Error.
type runtimeError interface {
	error
	RuntimeError()
}

type marker interface{ RuntimeError() }

func classify(f func()) (kind string) {
	defer func() {
		r := recover()
		switch e := r.(type) {
		case nil:
			kind = "no panic"
		case runtimeError:
			e.RuntimeError()
			kind = "runtime error: " + e.Error()
		case error:
			kind = "plain error: " + e.Error()
		default:
			kind = fmt.Sprintf("other %T: %v", e, e)
		}
		if _, ok := r.(marker); ok {
			kind += " [marker]"
		}
	}()
	f()
	return
}

type T struct{ x int }

func main() {
	var m map[string]int
	var p *T
	var i interface{} = "s"
	s := []int{1, 2, 3}
	n, zero := 5, 0
	cases := []func(){
		func() { _ = s[n] },
		func() { _ = s[1:n] },
		func() { _ = n / zero },
		func() { m["a"] = 1 },
		func() { _ = p.x },
		func() { _ = i.(int) },
		func() { _ = i.(fmt.Stringer) },
		func() { _ = make([]int, zero-1) },
		func() { panic(errors.New("mine")) },
		func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) },
		func() { panic("text") },
		func() {},
	}
	for k, c := range cases {
		fmt.Println(k, classify(c))
	}
	defer func() {
		r := recover()
		re, ok := r.(runtimeError)
		fmt.Println("main:", ok, re)
		panic(r)
	}()
	_ = s[n+1]
}
