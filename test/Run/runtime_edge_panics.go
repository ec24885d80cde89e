// Division by -1 at every width, nil embedded interfaces and nil method
// values, uncomparable values in switches, map keys and array/struct
// equality, slicing past len within cap, append aliasing.
package main

import (
	"errors"
	"fmt"
)

type Animal interface{ Sound() string }

type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + ": woof" }

type Pet struct {
	Animal
	age int
}

type Holder struct {
	vals []int
}

type Key struct {
	name string
	tags []string
}

type NoCmp struct{ f func() }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-12s panic: %v\n", name, r)
			if e, ok := r.(error); ok {
				fmt.Printf("%-12s is error: %q\n", name, e.Error())
			}
		}
	}()
	f()
	fmt.Printf("%-12s ok\n", name)
}

func divs(x int64, y int32, z int8, w int) {
	fmt.Println(x / -1, x % -1, y / -1, y % -1, z / -1, z % -1, w / -1, w % -1)
	fmt.Println(x/1, x%1, -x, x*-1, x-1, x+x)
}

func main() {
	divs(-1<<63, -1<<31, -128, -1<<63)
	divs(5, 7, -3, 9)
	p := Pet{Dog{"rex"}, 3}
	fmt.Println(p.Sound(), p.Animal.Sound())
	try("nil embed", func() {
		var q Pet
		fmt.Println(q.Sound())
	})
	try("nil mvalue", func() {
		var d *Dog
		f := d.Sound
		fmt.Println("not reached", f)
	})
	try("iface mval", func() {
		var a Animal
		f := a.Sound
		fmt.Println("not reached", f)
	})
	try("switch cmp", func() {
		var i interface{} = []int{1}
		switch i {
		case 1:
			fmt.Println("one")
		case "x":
			fmt.Println("x")
		}
	})
	try("switch cmp2", func() {
		var i interface{} = []int{1}
		var j interface{} = 2
		switch j {
		case i:
			fmt.Println("eq")
		}
		fmt.Println("compared fine")
	})
	try("key struct", func() {
		m := map[interface{}]int{}
		m[Key{"a", nil}] = 1
	})
	try("key nocmp", func() {
		m := map[interface{}]int{}
		m[NoCmp{}] = 1
	})
	try("key map", func() {
		m := map[interface{}]int{}
		m[map[int]int{}] = 1
	})
	try("key func", func() {
		m := map[interface{}]int{}
		_ = m[func() {}]
	})
	try("arr iface", func() {
		a := [2]interface{}{1, []int{}}
		b := [2]interface{}{1, []int{}}
		fmt.Println(a == b)
	})
	try("arr iface2", func() {
		a := [2]interface{}{2, []int{}}
		b := [2]interface{}{1, []int{}}
		fmt.Println(a == b)
	})
	try("struct iface", func() {
		type S struct {
			x interface{}
			y int
		}
		fmt.Println(S{1, 2} == S{1, 2}, S{"a", 1} == S{"a", 2})
		fmt.Println(S{[]int{}, 1} == S{[]int{}, 2})
	})
	try("iface cmp", func() {
		var a, b interface{} = Holder{}, Holder{}
		fmt.Println(a == b)
	})
	try("err cmp", func() {
		e1 := errors.New("x")
		e2 := errors.New("x")
		var i1, i2 interface{} = e1, e1
		fmt.Println(e1 == e2, i1 == i2, e1 == i1)
	})
	try("conv", func() {
		var i interface{} = int32(5)
		n := i.(int32)
		_, ok := i.(int)
		s, ok2 := i.(fmt.Stringer)
		fmt.Println(n, ok, s, ok2)
		_ = i.(int64)
	})
	try("nil func", func() {
		var handlers map[string]func() int
		fmt.Println(handlers["x"] == nil)
		fmt.Println(handlers["x"]())
	})
	try("slice conv", func() {
		s := make([]int, 3, 10)
		t := s[2:8]
		t[5] = 7
		fmt.Println(len(t), cap(t), s[:cap(s)][7])
		u := s[8:10:10]
		fmt.Println(len(u), cap(u))
		idx := 11
		_ = s[:idx]
	})
	try("append alias", func() {
		a := make([]int, 3, 4)
		b := append(a, 1)
		c := append(a, 2)
		fmt.Println(b[3], c[3], len(a))
		d := append(b, 5)
		d[0] = 99
		fmt.Println(b[0], d[0])
	})
	try("string idx", func() {
		s := "héllo"
		fmt.Println(s[1], s[1:3], len(s[1:3]), s[len(s):])
		i := 10
		fmt.Println(s[i:])
	})
	try("neg len", func() {
		n := -5
		_ = make([]string, 2, n)
	})
	try("big cap", func() {
		n := 1 << 62
		_ = make([]int64, 1, n)
	})
	try("map make", func() {
		n := -1
		m := make(map[int]int, n)
		fmt.Println(len(m))
	})
	try("conv panic", func() {
		var e error = fmt.Errorf("wrapped %w", errors.New("inner"))
		panic(e)
	})
	try("panic err nil", func() {
		var e *MyErr
		panic(e)
	})
}

type MyErr struct{}

func (m *MyErr) Error() string { return "myerr" }
