package main

import (
	"fmt"
	"strings"
)

type T struct{ n int }

func (t *T) String() string {
	if t.n < 0 {
		panic("negative T")
	}
	return fmt.Sprintf("T(%d)", t.n)
}

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V", v.n) }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Counter map[string]int

func (c Counter) Inc(k string) int { c[k]++; return c[k] }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Base struct{ id int }

func (b Base) ID() int       { return b.id }
func (b *Base) SetID(i int)  { b.id = i }
func (b Base) Kind() string  { return "base" }

type Mid struct {
	Base
	name string
}

func (m Mid) Kind() string { return "mid:" + m.Base.Kind() }

type Top struct {
	*Mid
	extra int
}

type Kinder interface {
	Kind() string
	ID() int
}

func describe(k Kinder) string { return fmt.Sprintf("%s#%d", k.Kind(), k.ID()) }

func shadow() {
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	{
		true := false
		fmt.Println(true, !true)
	}
	type int = string
	var x int = "now a string"
	fmt.Println(x)
	nil := 5
	fmt.Println(nil + 1)
	var string = 7
	fmt.Println(string * 2)
	append := []float64{1.5}
	fmt.Println(append[0])
}

func main() {
	var tp *T
	fmt.Println(tp)
	fmt.Printf("%v|%s|%d\n", tp, tp, tp)
	fmt.Println(&T{3}, &T{-1})
	fmt.Printf("[%v] [%s]\n", &T{-2}, []*T{{1}, {-3}})
	var ep *E
	var err error = ep
	fmt.Println(err == nil, err)
	fmt.Printf("%v %T\n", err, err)
	fmt.Println(V{1}, &V{2}, []V{{3}, {4}}, map[string]V{"k": {5}})
	fmt.Printf("%d %v %+v %s\n", V{6}, struct{ A V }{V{7}}, V{8}, V{9})

	var l IntList
	for i := 1; i <= 4; i++ {
		l.Push(i * i)
	}
	push := l.Push
	push(100)
	fmt.Println(l, l.Sum(), IntList.Sum(l), (*IntList).Sum(&l))
	c := Counter{}
	inc := c.Inc
	inc("a")
	inc("a")
	c.Inc("b")
	fmt.Println(c, len(c))
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add.Apply(2, 3), Op(func(a, b int) int { return a * b }).Apply(4, 5))

	m := &Mid{Base{1}, "m"}
	t := Top{m, 9}
	t.SetID(77)
	fmt.Println(t.ID(), m.id, t.Kind(), t.Base.Kind(), describe(t), describe(m), describe(m.Base))
	kindOf := Kinder.Kind
	fmt.Println(kindOf(t), kindOf(*m))
	setter := (*Base).SetID
	setter(&t.Base, 5)
	idv := t.ID
	t.SetID(6)
	fmt.Println(idv(), t.ID())
	var k Kinder = t
	kk := k.Kind
	t.Mid = &Mid{Base{8}, "other"}
	fmt.Println(kk(), k.ID(), t.ID())

	shadow()

	fs := []func() int{}
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, w := range []string{"x", "y"} {
		w := w
		fs = append(fs, func() int { return len(w) + 100 })
	}
	var res []string
	for _, f := range fs {
		res = append(res, fmt.Sprint(f()))
	}
	fmt.Println(strings.Join(res, ","))

	acc := 0
	adders := make(map[string]func(int))
	for _, name := range []string{"one", "two"} {
		n := len(name)
		adders[name] = func(d int) { acc += d * n }
	}
	adders["one"](2)
	adders["two"](5)
	fmt.Println(acc)

	x, y := 1, 2
	x, y = y, x+y
	arr := []int{0, 0, 0}
	i := 0
	i, arr[i] = 2, 9
	fmt.Println(x, y, i, arr)
	mm := map[string]int{}
	mm["a"], mm["b"] = len(mm), len(mm)+1
	fmt.Println(mm)
	s := []int{1, 2, 3, 4, 5}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	copy(s[1:], s)
	fmt.Println(s)
	b := []byte("hello")
	n := copy(b[2:], "XYZW")
	fmt.Println(n, string(b))
}
