// Literal syntax (hex/octal/binary/underscore/hex-float, rune escapes, raw
// strings), methods on func/map/slice types, struct tags, blank fields,
// conversions between identical struct types, blank package variables.
package main

import "fmt"

type Celsius float64
type Handler func(string) string
type Set map[string]struct{}
type Stack []int

func (h Handler) Twice(s string) string { return h(h(s)) }
func (s Set) Add(k string) Set          { s[k] = struct{}{}; return s }
func (s Set) Has(k string) bool         { _, ok := s[k]; return ok }
func (s *Stack) Push(v int)             { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

type Tagged struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty"`
	_    int
	x, y int
}

type A interface{ M() int }
type B interface{ M() int; N() int }
type AB interface {
	A
	B
}

type impl struct{ v int }

func (i impl) M() int { return i.v }
func (i impl) N() int { return -i.v }

var _ AB = impl{}
var _ = register("blank var init")
var registered []string

func register(s string) int { registered = append(registered, s); return 0 }

type Op struct {
	name string
	fn   func(int, int) int
}

func unnamed(int, string) bool { return true }

func main() {
	fmt.Println(0x1F, 0o17, 017, 0b1011, 1_000_000, 0x_FF, 0x1p-2, 0x1.8p1, 1e3, .5, 5.)
	fmt.Println('\u00e9', '\U0001F600', '\x41', '\101', '\'', "\a\b\f\v\\"[0:1] == "\a")
	raw := `line1
	"quoted" \n not escape`
	fmt.Println(raw, len(raw))
	var h Handler = func(s string) string { return s + "!" }
	fmt.Println(h.Twice("hi"))
	s := Set{}
	s.Add("a").Add("b")
	fmt.Println(s.Has("a"), s.Has("z"), len(s))
	var st Stack
	for i := 0; i < 5; i++ {
		st.Push(i * i)
	}
	fmt.Println(st.Pop(), st.Pop(), st)
	t := Tagged{Name: "n", Age: 3}
	fmt.Printf("%+v\n", t)
	var ab AB = impl{4}
	fmt.Println(ab.M(), ab.N())
	fmt.Println(registered)
	ops := []Op{{"add", func(a, b int) int { return a + b }}, {"mul", func(a, b int) int { return a * b }}}
	for _, op := range ops {
		fmt.Println(op.name, op.fn(6, 7))
	}
	fmt.Println(unnamed(1, ""))
	type P1 struct{ X, Y int }
	type P2 struct{ X, Y int }
	p2 := P2(P1{1, 2})
	anon := struct{ X, Y int }{3, 4}
	p1 := P1(anon)
	fmt.Println(p2, p1, p1 == P1(anon))
	const L = len("héllo")
	var arr [L]byte
	fmt.Println(len(arr), cap(arr[:2]))
	pi := new(int)
	*pi = 5
	ps := new([]string)
	*ps = append(*ps, "x")
	pm := &map[string]int{"k": 1}
	(*pm)["j"] = 2
	fmt.Println(*pi, *ps, len(*pm))
	var c Celsius = 100
	isHot := c > 50
	type Bool bool
	var nb Bool = c > 50
	fmt.Println(isHot, nb)
	var fnil func()
	fmt.Println(fnil == nil, h != nil)
	x := 10
	px := &x
	ppx := &px
	**ppx = 20
	fmt.Println(x, *px == **ppx)
	type Matrix [2][2]int
	id := Matrix{{1, 0}, {0, 1}}
	fmt.Println(id, id == Matrix{{1}, {0, 1}})
	{
		goto skip
	}
skip:
	fmt.Println("done")
}
