package main

import (
	"fmt"
	"strings"
)

type Buf struct {
	data []byte
	name string
	next *Buf
	tags map[string]*Buf
}

func (b *Buf) Write(p []byte) { b.data = append(b.data, p...) }
func (b *Buf) Reset()         { b.data = b.data[:0] }
func (b *Buf) Shift()         { b.data = b.data[1:] }
func (b *Buf) Name() *string  { return &b.name }
func (b Buf) Copy() Buf       { return b }

type Op struct {
	f    func(int) int
	name string
}

func chain(ops ...Op) func(int) int {
	return func(x int) int {
		for _, o := range ops {
			x = o.f(x)
		}
		return x
	}
}

func mk(n int) Op {
	return Op{func(x int) int { return x + n }, fmt.Sprint("add", n)}
}

func split(s string) (head string, rest []string) {
	parts := strings.Split(s, ",")
	if len(parts) > 0 {
		head, rest = parts[0], parts[1:]
	}
	return
}

func twice(f func(int) int) func(int) int { return func(x int) int { return f(f(x)) } }

func collect(bs []*Buf) map[string][]byte {
	m := make(map[string][]byte, len(bs))
	for _, b := range bs {
		m[b.name] = b.data
	}
	return m
}

func findOr(bs []*Buf, name string, def *Buf) *Buf {
	for i := range bs {
		if bs[i].name == name {
			return bs[i]
		}
	}
	return def
}

func walk(b *Buf, visit func(*Buf) bool) {
	for ; b != nil; b = b.next {
		if !visit(b) {
			return
		}
	}
}


func main() {
	b := &Buf{name: "a"}
	b.Write([]byte("hello"))
	b.Shift()
	c := b.Copy()
	c.Reset()
	n := b.Name()
	*n = "z"
	f := chain(mk(1), mk(2), Op{f: twice(func(x int) int { return x * 3 })})
	fmt.Println(f(1), string(b.data), c.name)
	h, r := split("a,b,c")
	fmt.Println(h, r)
	local := []*Buf{b, {name: "q"}}
	fmt.Println(len(collect(local)), findOr(local, "q", nil).name, findOr(local, "x", &Buf{name: "def"}).name)
	cnt := 0
	walk(&Buf{next: &Buf{next: b}}, func(x *Buf) bool { cnt++; return x != b })
	fmt.Println(cnt)
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(fmt.Sprintf("%d;", i))
	}
	fmt.Println(sb.String(), sb.Len())
	defer func(s string) { fmt.Println("deferred", s) }(sb.String())
	for i := 0; i < 2; i++ {
		defer fmt.Println("loop defer", i, &i != nil)
	}
}
