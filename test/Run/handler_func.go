// The HandlerFunc idiom: methods on func, map and slice types satisfying
// interfaces; a sort-style interface over a named slice; embedded named float.
package main

import (
	"fmt"
	"strings"
)

type Handler interface{ Serve(req string) string }
type HandlerFunc func(string) string

func (f HandlerFunc) Serve(r string) string { return f(r) }

type Mux map[string]Handler

func (m Mux) Serve(r string) string {
	for _, p := range []string{"/a", "/b"} {
		if strings.HasPrefix(r, p) {
			if h, ok := m[p]; ok {
				return h.Serve(r)
			}
		}
	}
	return "404 " + r
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func (c *Celsius) Warm(d float64) { *c += Celsius(d) }

type Reading struct {
	Celsius
	Where string
}

type Lines []string

func (l *Lines) Add(s string) { *l = append(*l, s) }
func (l Lines) Len() int      { return len(l) }

type Adder interface {
	Add(string)
	Len() int
}

type Sorter interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type ints []int

func (x ints) Len() int           { return len(x) }
func (x ints) Less(i, j int) bool { return x[i] < x[j] }
func (x ints) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

func insertionSort(s Sorter) {
	for i := 1; i < s.Len(); i++ {
		for j := i; j > 0 && s.Less(j, j-1); j-- {
			s.Swap(j, j-1)
		}
	}
}

func main() {
	m := Mux{
		"/a": HandlerFunc(func(r string) string { return "A:" + r }),
		"/b": HandlerFunc(strings.ToUpper),
	}
	var h Handler = m
	for _, r := range []string{"/a/x", "/b/y", "/c"} {
		fmt.Println(h.Serve(r))
	}
	rd := Reading{21.5, "kitchen"}
	rd.Warm(1.25)
	fmt.Println(rd, rd.Celsius, rd.String())
	var st fmt.Stringer = rd
	fmt.Println(st)
	var ad Adder = &Lines{}
	ad.Add("x")
	ad.Add("y")
	fmt.Println(ad.Len(), *(ad.(*Lines)))
	xs := ints{5, 2, 8, 1, 9, 3}
	insertionSort(xs)
	fmt.Println(xs)
	serve := h.Serve
	fmt.Println(serve("/b/z"))
	hf := HandlerFunc.Serve
	fmt.Println(hf(func(s string) string { return s + s }, "ab"))
}
