// Nested panics in deferred calls, recover only in the deferred function
// itself, method values bound at defer, every runtime error caught as
// an error value, and os.Exit from a deferred recover in main.
package main

import (
	"errors"
	"fmt"
	"os"
)

type MyErr struct {
	Op   string
	Code int
}

func (e *MyErr) Error() string { return fmt.Sprintf("%s failed with %d", e.Op, e.Code) }

type Str string

func (s Str) String() string { return "Str<" + string(s) + ">" }

type Num int

func catch(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error %T: %v\n", name, r, err)
			return
		}
		fmt.Printf("%s: %T %v\n", name, r, r)
	}()
	f()
}

func nested() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("outer recovered: ", r)
		}
	}()
	defer func() {
		defer func() {
			r := recover()
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprintf("re-%v", r))
		}()
		panic("second")
	}()
	panic("first")
}

func loopDefers() (s []int) {
	for i := 0; i < 4; i++ {
		defer func(n int) { s = append(s, n*10) }(i)
		defer func() { s = append(s, i) }()
	}
	return []int{-1}
}

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }
func (c Counter) Show(tag string) { fmt.Println(tag, c.n) }

func methodDefers() {
	c := &Counter{}
	defer c.Show("value receiver evaluated at defer:")
	defer c.Inc()
	show := c.Show
	c.Inc()
	defer show("method value bound at creation:")
	c.Inc()
	fmt.Println("body done", c.n)
}

func recoverOnlyInDeferredDirectly() {
	defer func() {
		helper := func() interface{} { return recover() }
		fmt.Println("helper recover:", helper())
		fmt.Println("direct recover:", recover())
	}()
	panic(Str("deep"))
}

func runtimeErrors() {
	var arr []int
	idx := 5
	var m map[string]int
	var p *Counter
	var i interface{} = "str"
	zero := 0
	tests := []struct {
		name string
		f    func()
	}{
		{"index", func() { _ = arr[idx] }},
		{"slice", func() { _ = arr[1:idx] }},
		{"slice3", func() { s := make([]int, 2, 4); _ = s[0:3:idx] }},
		{"strindex", func() { s := "abc"; _ = s[idx] }},
		{"strslice", func() { s := "abc"; _ = s[idx:] }},
		{"slicelo", func() { s := []int{1, 2, 3}; lo := 3; hi := 1; _ = s[lo:hi] }},
		{"nilmap", func() { m["x"] = 1 }},
		{"nilptr", func() { p.n++ }},
		{"div", func() { fmt.Println(10 / zero) }},
		{"mod", func() { fmt.Println(10 % zero) }},
		{"assert", func() { _ = i.(int) }},
		{"assert2", func() { _ = i.(fmt.Stringer) }},
		{"nilassert", func() { var e error; _ = e.(*MyErr) }},
		{"custom", func() { panic(&MyErr{"write", 5}) }},
		{"errorsnew", func() { panic(errors.New("boom")) }},
		{"stringer", func() { panic(Str("s")) }},
		{"num", func() { panic(Num(3)) }},
		{"makeslice", func() { n := -1; _ = make([]int, n) }},
		{"arrayidx", func() { var a [4]int; j := idx; a[j%8] = 1 }},
		{"shift", func() { sh := -idx; _ = 1 << sh }},
		{"closednil", func() { var f func(); f() }},
		{"cmpiface", func() { var a, b interface{} = []int{}, []int{}; fmt.Println(a == b) }},
		{"mapkey", func() { mm := map[interface{}]int{}; mm[[]int{1}] = 2 }},
	}
	for _, t := range tests {
		catch(t.name, t.f)
	}
}

func exitCodeFrom(err error) int {
	var me *MyErr
	if e, ok := err.(*MyErr); ok {
		me = e
	}
	if me != nil {
		return me.Code
	}
	return 1
}

func main() {
	fmt.Println(nested())
	fmt.Println(loopDefers())
	methodDefers()
	recoverOnlyInDeferredDirectly()
	runtimeErrors()
	catch("nil panic", func() { panic(nil) })
	err := fmt.Errorf("wrapped: %w", &MyErr{"read", 3})
	fmt.Println(err, exitCodeFrom(err), exitCodeFrom(&MyErr{"x", 4}))
	defer fmt.Println("deferred in main never runs after os.Exit")
	defer func() {
		r := recover()
		fmt.Println("main recovered", r)
		os.Exit(exitCodeFrom(r.(error)))
	}()
	var e error = &MyErr{"final", 7}
	panic(e)
}
