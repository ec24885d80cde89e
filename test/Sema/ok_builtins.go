// errorcheck

// The builtins of the subset.

package p

import "unsafe"
type S struct {
	a int8
	b int64
}
func f() {
	s := make([]int, 0, 10)
	s = append(s, 1, 2)
	s = append(s, s...)
	b := append([]byte("x"), "yz"...)
	n := copy(b, "ab")
	m := make(map[string]int)
	delete(m, "k")
	p := new(int)
	*p = len(s) + cap(s) + n + len(m)
	c := make(chan int, 1)
	close(c)
	const k = len("abc")
	var arr [3]int
	const l = len(arr)
	_ = unsafe.Offsetof(S{}.b)
	println(k, l, *p)
	print("x")
	defer func() {
		if r := recover(); r != nil {
			panic(r)
		}
	}()
}
