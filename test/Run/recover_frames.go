// recover() stops a panic only when the function calling it was called
// directly by the deferred call of the running panic: through helpers,
// tail calls, method wrappers (interfaces, method values, embedding),
// `defer recover()` and nested normal returns, at every optimization level.
package main

import "fmt"

func helper() interface{} { return recover() }

func direct() interface{} { return recover() }

type T struct{ n int }

func (t T) Val() {
	if r := recover(); r != nil {
		fmt.Println("T.Val recovered", r, t.n)
	}
}

func (t *T) Ptr() {
	if r := recover(); r != nil {
		fmt.Println("(*T).Ptr recovered", r, t.n)
	}
}

type Outer struct {
	*T
	name string
}

type Recoverer interface{ Val() }

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "-> outer recover:", recover())
	}()
	f()
	fmt.Println(name, "-> returned normally")
}

func viaHelper() {
	defer func() { fmt.Println("helper sees", helper()) }()
	panic("helper")
}

func viaTailHelper() {
	defer func() { helper() }()
	panic("tail helper")
}

func viaNamed() {
	defer direct()
	panic("named direct")
}

func viaDeferRecover() {
	defer recover()
	panic("defer recover")
}

func viaNestedDeferRecover() {
	defer func() {
		defer recover()
	}()
	panic("nested defer recover")
}

func nestedTooEarly() {
	defer func() {
		defer func() { fmt.Println("inner recovered", recover()) }()
		defer recover()
		panic("second")
	}()
	panic("first")
}

func nestedLate() {
	defer func() {
		defer recover()
		defer func() { fmt.Println("inner recovered", recover()) }()
		panic("second")
	}()
	panic("first")
}

func viaValueMethod() {
	defer T{1}.Val()
	panic("value method")
}

func viaPtrMethod() {
	t := &T{2}
	defer t.Ptr()
	panic("pointer method")
}

func viaInterface() {
	var r Recoverer = T{3}
	defer r.Val()
	panic("interface")
}

func viaInterfacePtr() {
	var r Recoverer = &T{4}
	defer r.Val()
	panic("interface pointer")
}

func viaPromoted() {
	var r Recoverer = Outer{&T{5}, "o"}
	defer r.Val()
	panic("promoted")
}

func viaMethodValue() {
	f := (&T{6}).Ptr
	defer f()
	panic("method value")
}

func viaMethodExpr() {
	defer T.Val(T{7})
	panic("method expression")
}

func viaFuncValue() {
	g := direct
	defer g()
	panic("func value")
}

func cleanup() {
	defer func() { fmt.Println("cleanup's deferred call sees", recover()) }()
}

func viaNormalReturnInside() {
	defer func() {
		cleanup()
		fmt.Println("after cleanup", recover())
	}()
	panic("normal return inside")
}

func noPanic() {
	defer func() { fmt.Println("no panic:", recover()) }()
}

func recurse(n int) {
	defer func() {
		if n == 1 {
			recurse(0)
			return
		}
		if n == 0 {
			fmt.Println("level 0 during normal return sees", recover())
		}
	}()
	if n == 1 {
		panic("recursive")
	}
}

func twice() {
	defer func() {
		fmt.Println("first recover", recover())
		fmt.Println("second recover", recover())
	}()
	panic("twice")
}

func main() {
	try("helper", viaHelper)
	try("tail helper", viaTailHelper)
	try("named", viaNamed)
	try("defer recover", viaDeferRecover)
	try("nested defer recover", viaNestedDeferRecover)
	try("too early", nestedTooEarly)
	try("late", nestedLate)
	try("value method", viaValueMethod)
	try("pointer method", viaPtrMethod)
	try("interface", viaInterface)
	try("interface pointer", viaInterfacePtr)
	try("promoted", viaPromoted)
	try("method value", viaMethodValue)
	try("method expression", viaMethodExpr)
	try("func value", viaFuncValue)
	try("normal return inside", viaNormalReturnInside)
	try("no panic", noPanic)
	try("recursive", func() { recurse(1) })
	try("twice", twice)
}
