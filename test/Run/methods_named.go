// Methods on named non-struct types: slices, maps, ints, strings and
// funcs; a method on a slice type with a pointer receiver that appends.
package main

import (
	"fmt"
	"strings"
)

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Shout string

func (s Shout) Loud() string { return strings.ToUpper(string(s)) + "!" }

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "low"
	case 1:
		return "mid"
	}
	return fmt.Sprintf("level%d", int(l))
}

func main() {
	var l IntList
	for i := 1; i <= 5; i++ {
		l.Push(i * i)
	}
	fmt.Println(l, l.Sum(), len(l))
	s := Set{}
	s.Add("x")
	s.Add("y")
	fmt.Println(s.Has("x"), s.Has("z"), len(s))
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	fmt.Println(Shout("hey").Loud())
	h := Handler(func(s string) string { return "<" + s + ">" })
	fmt.Println(h.Twice("x"))
	fmt.Println(Level(0), Level(1), Level(7))
	fmt.Printf("%v %d %s\n", Level(1), Level(1), Level(2))
}
