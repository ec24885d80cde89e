package main

import (
	"errors"
	"fmt"
	"strings"
)

type Ring struct {
	buf        []int
	head, size int
}

func NewRing(n int) *Ring { return &Ring{buf: make([]int, n)} }

func (r *Ring) Push(v int) {
	if r.size == len(r.buf) {
		panic(fmt.Sprintf("ring full (cap %d)", len(r.buf)))
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
}

func (r *Ring) Pop() int {
	if r.size == 0 {
		panic(errors.New("ring empty"))
	}
	v := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v
}

func (r *Ring) At(i int) int { return r.buf[(r.head+i)%len(r.buf)] }

type code int

func (c code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type wrapped struct{ inner interface{} }

func (w wrapped) String() string { return fmt.Sprintf("wrapped<%v>", w.inner) }

func try(name string, f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			fmt.Printf("%-14s ok\n", name)
		case error:
			fmt.Printf("%-14s error %T: %v\n", name, v, v)
		case string:
			fmt.Printf("%-14s string: %s\n", name, v)
		case fmt.Stringer:
			fmt.Printf("%-14s stringer: %s\n", name, v)
		default:
			fmt.Printf("%-14s other %T: %v\n", name, v, v)
		}
	}()
	f()
}

var sink interface{}

type pair struct {
	a int
	f func()
}

func runtimeErrors() {
	var nilMap map[string]int
	var nilPtr *Ring
	var arr [4]int
	idx := 5
	neg := -1
	s := []int{1, 2, 3}
	str := "héllo"
	zero := 0
	var i interface{} = "text"
	var e error
	var nf func()
	try("index", func() { _ = s[idx] })
	try("index-neg", func() { _ = s[neg] })
	try("array", func() { _ = arr[idx%8] })
	try("string", func() { _ = str[idx+1] })
	try("slice-hi", func() { _ = s[1:idx] })
	try("slice-lo", func() { _ = s[idx:] })
	try("slice-inv", func() { lo := 2; _ = s[lo:1+zero] })
	try("slice3", func() { _ = s[0:1:idx] })
	try("str-slice", func() { _ = str[2:idx*3] })
	try("nil-map", func() { nilMap["x"] = 1 })
	try("nil-map-read", func() { sink = nilMap["x"] })
	try("nil-ptr", func() { sink = nilPtr.size })
	try("nil-method", func() { nilPtr.Push(1) })
	try("div", func() { sink = 10 / zero })
	try("mod", func() { sink = int8(10) % int8(zero) })
	try("assert", func() { sink = i.(int) })
	try("assert-iface", func() { sink = i.(error) })
	try("nil-iface", func() { sink = e.Error() })
	try("nil-func", func() { nf() })
	try("shift", func() { sink = 1 << neg })
	try("makeslice", func() { sink = make([]int, neg) })
	try("makeslice-cap", func() { sink = make([]int, 3, idx-3) })
	try("uncomparable", func() {
		var a, b interface{} = []int{1}, []int{1}
		sink = a == b
	})
	try("unhashable", func() {
		m := map[interface{}]int{}
		m[[]int{1}] = 2
	})
	try("unhashable-st", func() {
		m := map[interface{}]int{}
		m[pair{1, nil}] = 2
	})
	try("conv-array", func() {
		sl := []int{1, 2}
		p := (*[3]int)(sl)
		sink = p
	})
}

func customPanics() {
	try("ring-empty", func() { NewRing(2).Pop() })
	try("ring-full", func() {
		r := NewRing(2)
		for i := 0; i < 3; i++ {
			r.Push(i)
		}
	})
	try("code", func() { panic(code(7)) })
	try("wrapped", func() { panic(wrapped{code(3)}) })
	try("float", func() { panic(2.5) })
	try("slice", func() { panic([]string{"a"}) })
	try("nil-panic", func() { panic(nil) })
	try("repanic", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	})
	try("defer-panic", func() {
		defer func() { panic("from defer") }()
		panic("original")
	})
	try("nested", func() {
		defer func() {
			defer func() {
				fmt.Println("   inner recovered:", recover())
			}()
			panic("inner")
		}()
		panic("outer")
	})
	try("recover-twice", func() {
		defer func() {
			fmt.Println("   second:", recover())
		}()
		defer func() {
			fmt.Println("   first:", recover())
		}()
		panic(code(1))
	})
	try("not-direct", func() {
		defer func() {
			helper := func() interface{} { return recover() }
			fmt.Println("   helper recover:", helper())
		}()
		fmt.Println("   no panic yet")
	})
}

func ringDemo() {
	r := NewRing(4)
	var out []string
	for i := 1; i <= 10; i++ {
		if r.size == len(r.buf) {
			out = append(out, fmt.Sprint(r.Pop()))
		}
		r.Push(i * i)
	}
	for j := 0; j < r.size; j++ {
		out = append(out, fmt.Sprintf("[%d]", r.At(j)))
	}
	fmt.Println(strings.Join(out, " "))
}

func deferOrder() (s string) {
	for i := 0; i < 3; i++ {
		defer func(n int) { s += fmt.Sprint(n) }(i)
	}
	defer func() { s += "|" }()
	return "start:"
}

func main() {
	ringDemo()
	fmt.Println(deferOrder())
	runtimeErrors()
	customPanics()
	defer fmt.Println("main deferred 1")
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		panic(fmt.Errorf("final: %v", r))
	}()
	var m map[code]wrapped
	m[1] = wrapped{}
}
