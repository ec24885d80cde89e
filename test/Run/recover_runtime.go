// Runtime errors recovered as values: their messages via fmt and Error(),
// and their dynamic types as runtime.Error implementations.
package main

import "fmt"

func catch(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error %q\n", name, err.Error())
			return
		}
		fmt.Printf("%s: value %v (%T)\n", name, r, r)
	}()
	f()
}

type big struct{ a [10]int }

func main() {
	var s []int
	arr := []int{1, 2, 3}
	idx := 5
	neg := -1
	zero := 0
	var m map[string]int
	var p *big
	var e interface{} = "str"
	catch("index", func() { _ = arr[idx] })
	catch("index neg", func() { _ = arr[neg] })
	catch("nil slice", func() { s[0] = 1 })
	catch("slice hi", func() { _ = arr[:idx] })
	lo := 2
	catch("slice lo>hi", func() { _ = arr[lo:1] })
	catch("string index", func() { _ = "abc"[idx] })
	catch("string slice", func() { _ = "abc"[idx:] })
	catch("divide", func() { fmt.Println(10 / zero) })
	catch("modulo", func() { fmt.Println(10 % zero) })
	catch("nil map", func() { m["a"] = 1 })
	catch("nil deref", func() { fmt.Println(p.a[0]) })
	catch("assert", func() { _ = e.(int) })
	catch("shift", func() { fmt.Println(1 << neg) })
	catch("custom string", func() { panic("boom") })
	catch("custom int", func() { panic(42) })
	catch("custom error", func() { panic(fmt.Errorf("wrapped %d", 7)) })
	catch("no panic", func() {})
	catch("array", func() {
		var a [4]int
		k := 4
		a[k%8] = 1
	})
	catch("make", func() { _ = make([]int, neg) })
}
