package main

import "fmt"

type MyStr string

func (s MyStr) Twice() string { return string(s + s) }

type MyInt int

func (i MyInt) String() string { return fmt.Sprintf("#%d", int(i)) }

type F func(F, int) int

type Node interface{ Next() Node }

type ring struct {
	id   int
	next *ring
}

func (r *ring) Next() Node {
	if r.next == nil {
		return nil
	}
	return r.next
}

type Self struct {
	*Self
	v int
}

func pairs() (string, int) { return "k", 7 }

func main() {
	const c MyStr = "ab"
	fmt.Println(c.Twice(), MyStr("x").Twice(), MyInt(3).String())
	f := MyInt(4).String
	g := MyStr.Twice
	fmt.Println(f(), g("yo"))
	var fact F = func(self F, n int) int {
		if n <= 1 {
			return 1
		}
		return n * self(self, n-1)
	}
	fmt.Println(fact(fact, 10))
	r3 := &ring{3, nil}
	r2 := &ring{2, r3}
	r1 := &ring{1, r2}
	n := 0
	for x := Node(r1); x != nil; x = x.Next() {
		n += x.(*ring).id
	}
	fmt.Println(n)
	s := Self{&Self{nil, 1}, 2}
	fmt.Println(s.v, s.Self.v)
	var p *[3]int
	cnt := 0
	for i := range p {
		cnt += i
	}
	fmt.Println(len(p), cap(p), cnt)
	for range "héllo" {
		cnt++
	}
	for range [3]struct{}{} {
		cnt++
	}
	fmt.Println(cnt)
	b := append([]byte("x"), "yz"...)
	k := copy(b, "Q")
	fmt.Println(string(b), k)
	m := map[string]int{"a": 1, "b": 2}
	func() {
		defer delete(m, "a")
		defer print("")
		defer recover()
		fmt.Println(len(m))
	}()
	fmt.Println(len(m))
	var key string
	key, m["z"] = pairs()
	_, m[key] = pairs()
	fmt.Println(m)
	zero := map[struct{}]int{{}: 1}
	zero[struct{}{}]++
	var fns [0]func()
	fmt.Println(zero, len(fns))
	fmt := 3
	_ = fmt
	arr := [2]interface{}{1, []int{}}
	arr2 := [2]interface{}{1, []int{}}
	defer func() { println("recovered:", recover() != nil) }()
	println(arr == arr2)
}
