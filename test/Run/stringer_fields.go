// fmt and String/Error methods: value vs pointer receivers, Error taking
// precedence over String, Stringers in exported vs unexported fields, in
// slices and maps, and verbs that bypass String (%d, %x on named ints).
package main

import (
	"fmt"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprint("PtrStr#", p.n) }

type Both struct{}

func (Both) String() string { return "as-string" }
func (Both) Error() string  { return "as-error" }

type Palette struct {
	Main   Color
	accent Color
	P      *PtrStr
	V      PtrStr
}

func main() {
	c := Color(1)
	fmt.Println(c, Color(7))
	fmt.Printf("%v %s %d %x %q\n", c, c, c, c, c)
	fmt.Printf("%5s|%-7v|\n", c, c)
	p := PtrStr{3}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", p, &p, &p)
	fmt.Println(Both{})
	var err error = Both{}
	fmt.Println(err)
	pal := Palette{Main: 1, accent: 0, P: &PtrStr{9}, V: PtrStr{8}}
	fmt.Printf("%v\n%+v\n", pal, pal)
	fmt.Println([]Color{0, 1, 2})
	fmt.Println(map[Color]int{1: 10, 0: 5})
	fmt.Println(map[string]Color{"x": 0})
	fmt.Println([]*PtrStr{{1}, {2}})
	arr := [2]Color{1, 0}
	fmt.Printf("%v %d\n", arr, arr)
	var s fmt.Stringer = c
	fmt.Println(s.String(), s)
	var np *PtrStr
	fmt.Println(np == nil)
	fmt.Println(fmt.Sprint(c, c), fmt.Sprint("a", c, "b"), fmt.Sprintln(c, 5))
}
