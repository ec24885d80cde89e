// nil interfaces versus interfaces holding typed nil pointers, slices and
// maps; comparisons, type switches, and method calls on nil receivers.
package main

import "fmt"

type List struct {
	Val  int
	Next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.Next.Len()
}

func (l *List) String() string {
	if l == nil {
		return "nil-list"
	}
	return fmt.Sprint(l.Val, "->", l.Next.String())
}

type Lener interface{ Len() int }

func find(ok bool) *List {
	if ok {
		return &List{1, &List{2, nil}}
	}
	return nil
}

func asLener(ok bool) Lener {
	return find(ok)
}

func kind(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case *List:
		if v == nil {
			return "(*List)(nil)"
		}
		return "*List"
	case []int:
		return fmt.Sprint("[]int nil=", v == nil)
	case map[string]int:
		return fmt.Sprint("map nil=", v == nil)
	case func():
		return fmt.Sprint("func nil=", v == nil)
	case error:
		return "error"
	}
	return "other"
}

func main() {
	l := asLener(false)
	fmt.Println(l == nil, l.Len(), l)
	l = asLener(true)
	fmt.Println(l == nil, l.Len(), l)
	var lp *List
	fmt.Println(lp.Len(), lp.String())
	var s []int
	var m map[string]int
	var f func()
	var e error
	for _, x := range []interface{}{nil, lp, s, m, f, e, find(true)} {
		fmt.Print(kind(x), "; ")
	}
	fmt.Println()
	var i1 interface{} = lp
	var i2 interface{} = (*List)(nil)
	fmt.Println(i1 == i2, i1 != nil)
	var i3 interface{} = s
	fmt.Println(i3 != nil)
	fmt.Println(len(m), m["x"], len(s), cap(s))
	delete(m, "x")
	for range m {
		fmt.Println("never")
	}
	for range s {
		fmt.Println("never")
	}
	fmt.Printf("%v %v %v %d\n", s, m, lp, len(s))
	fmt.Println(s == nil, m == nil, f == nil, e == nil)
}
