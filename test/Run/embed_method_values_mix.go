// Promoted methods through embedded values and pointers, interface
// embedding, method values and expressions (value, pointer, interface),
// methods on func types, arrays as values with pointer-receiver methods.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Namer interface{ Name() string }

type Sizer interface{ Size() int }

type NamedSizer interface {
	Namer
	Sizer
}

type Base struct {
	id   int
	name string
}

func (b Base) Name() string    { return fmt.Sprintf("%s#%d", b.name, b.id) }
func (b *Base) Rename(n string) { b.name = n }
func (b *Base) Size() int       { return len(b.name) }

type Logger struct {
	lines []string
}

func (l *Logger) Log(format string, args ...interface{}) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

type File struct {
	Base
	*Logger
	data []byte
}

func (f *File) Size() int { return len(f.data) }

type Dir struct {
	*Base
	children []NamedSizer
}

func (d Dir) Size() int {
	total := 0
	for _, c := range d.children {
		total += c.Size()
	}
	return total
}

type bySize []NamedSizer

func (s bySize) Len() int           { return len(s) }
func (s bySize) Less(i, j int) bool { return s[i].Size() < s[j].Size() || s[i].Size() == s[j].Size() && s[i].Name() < s[j].Name() }
func (s bySize) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Op func(a, b int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func (m *Matrix) Scale(k int) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= k
		}
	}
}

func main() {
	log := &Logger{}
	f1 := &File{Base{1, "a.txt"}, log, []byte("hello")}
	f2 := &File{Base: Base{2, "bb.txt"}, Logger: log, data: []byte("hi")}
	d := Dir{&Base{3, "dir"}, []NamedSizer{f1, f2}}
	f1.Log("created %s size %d", f1.Name(), f1.Size())
	f2.Log("created %v", f2.Base)
	f1.Rename("A.TXT")
	d.Rename("root")
	fmt.Println(f1.Name(), f1.Base.Size(), f1.Size(), d.Name(), d.Size())

	items := []NamedSizer{f1, f2, d, &File{Base: Base{4, "z"}, Logger: log}}
	bs := bySize(items)
	sort.Slice(bs, bs.Less)
	for _, it := range items {
		fmt.Printf("%-10s %3d %T\n", it.Name(), it.Size(), it)
	}
	var n Namer = d
	if ns, ok := n.(NamedSizer); ok {
		fmt.Println("dir is NamedSizer", ns.Size())
	}
	if _, ok := n.(interface{ Rename(string) }); ok {
		fmt.Println("dir can be renamed through embedded pointer")
	}
	var n2 Namer = f1.Base
	_, ok := n2.(Sizer)
	fmt.Println("Base value is Sizer:", ok)

	// Method values and expressions.
	nameOf := Base.Name
	sizeOf := (*Base).Size
	rename := (*Base).Rename
	b := Base{9, "nine"}
	rename(&b, "NINE")
	fmt.Println(nameOf(b), sizeOf(&b))
	bound := b.Name
	b.name = "changed"
	fmt.Println(bound(), b.Name())
	boundPtr := b.Size
	b.name = "longer name"
	fmt.Println(boundPtr())
	logf := f1.Log
	logf("via method value %d", 1)
	fileSize := (*File).Size
	fmt.Println(fileSize(f2))
	ifaceName := Namer.Name
	fmt.Println(ifaceName(d), ifaceName(f2))
	fns := []func() string{f1.Name, d.Name, b.Name}
	for _, fn := range fns {
		fmt.Print(fn(), " ")
	}
	fmt.Println()

	// Func types with methods.
	add := Op(func(a, b int) int { return a + b })
	ops := map[string]Op{"add": add, "sub": func(a, b int) int { return a - b }, "mul": func(a, b int) int { return a * b }}
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		apply := ops[k].Apply
		fmt.Println(k, apply(7, 3))
	}

	// Arrays are values.
	m := Matrix{{1, 1}, {1, 0}}
	p := m
	for i := 0; i < 5; i++ {
		p = p.Mul(m)
	}
	m2 := m
	m2.Scale(3)
	fmt.Println(m, p, m2, m == Matrix{{1, 1}, {1, 0}}, m2 != m)
	arrs := [3][2]string{{"a", "b"}}
	cp := arrs
	cp[0][1] = "B"
	fmt.Println(arrs, cp, arrs == cp, arrs[1] == cp[2])
	scale := m2.Scale
	scale(2)
	fmt.Println(m2)
	type pair struct {
		k string
		v [2]int
	}
	ps := []pair{{"x", [2]int{1, 2}}, {"y", [2]int{1, 2}}}
	fmt.Println(ps[0].v == ps[1].v, ps[0] == ps[1], ps[0] == pair{"x", [2]int{1, 2}})
	var ia, ib interface{} = ps[0], pair{"x", [2]int{1, 2}}
	fmt.Println(ia == ib, ia != ps[1])

	fmt.Println(strings.Join(log.lines, "; "))
}
