// Maps with float keys (NaN, -0), struct, interface and array keys,
// array values copied out and back, maps of slices and of maps, func
// values in maps, method values taken from interfaces, delete in range.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Vec struct{ X, Y float64 }

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ s float64 }
type Circ struct{ r float64 }

func (q Sq) Area() float64    { return q.s * q.s }
func (q Sq) Name() string      { return "square" }
func (c *Circ) Area() float64 { return 3 * c.r * c.r }
func (c *Circ) Name() string  { return "circle" }

type Grid [4][4]int

type Handler func(args []string) string

type Registry struct {
	handlers map[string]Handler
	calls    map[string]int
	history  []string
}

func NewRegistry() *Registry {
	r := &Registry{handlers: map[string]Handler{}, calls: make(map[string]int)}
	r.handlers["echo"] = func(a []string) string { return strings.Join(a, " ") }
	r.handlers["count"] = func(a []string) string { return fmt.Sprint(len(a)) }
	r.handlers["hist"] = func([]string) string { return fmt.Sprint(len(r.history)) }
	return r
}

func (r *Registry) Run(line string) string {
	f := strings.Fields(line)
	if len(f) == 0 {
		return "<empty>"
	}
	h, ok := r.handlers[f[0]]
	r.calls[f[0]]++
	r.history = append(r.history, line)
	if !ok {
		return "unknown: " + f[0]
	}
	return h(f[1:])
}

func sortedKeys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	zero := 0.0
	negz := -zero
	fm := map[float64]int{}
	fm[zero]++
	fm[negz]++
	nan := zero / zero
	fm[nan]++
	fm[nan]++
	fmt.Println(len(fm), fm[0], fm[nan])
	delete(fm, nan)
	fmt.Println(len(fm))
	for k := range fm {
		if k != k {
			delete(fm, k)
		}
	}
	fmt.Println(len(fm), fm)

	vm := map[Vec]string{{0, 0}: "origin", {negz, 0}: "negorigin", {1, 2}: "p"}
	fmt.Println(len(vm), vm[Vec{}], vm)
	im := map[interface{}]string{}
	im[nan] = "a"
	im[nan] = "b"
	im[Vec{1, 1}] = "vec"
	im[[2]int{1, 2}] = "arr"
	im["s"] = "str"
	im[Sq{2}] = "sq"
	fmt.Println(len(im), im[Vec{1, 1}], im[[2]int{1, 2}], im[Sq{2}], im[[2]int{2, 1}] == "")

	big := map[string]Grid{}
	g := big["x"]
	g[1][2] = 5
	big["x"] = g
	g[0][0] = 9
	fmt.Println(big["x"][1][2], big["x"][0][0], len(big))

	lists := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := []string{"even", "odd"}[i%2]
		lists[k] = append(lists[k], i)
	}
	fmt.Println(lists)
	nested := map[string]map[string]int{}
	for _, w := range strings.Fields("a:x a:y b:x a:x c:z") {
		p := strings.Split(w, ":")
		if nested[p[0]] == nil {
			nested[p[0]] = map[string]int{}
		}
		nested[p[0]][p[1]]++
	}
	fmt.Println(nested, len(nested["zz"]), nested["zz"]["q"])

	structs := map[int]*Vec{}
	for i := 0; i < 3; i++ {
		structs[i] = &Vec{float64(i), float64(i * i)}
	}
	structs[1].Y = 100
	fmt.Println(*structs[1], structs[5] == nil)

	shapes := map[string]Shape{"a": Sq{2}, "b": &Circ{1}}
	names := []string{}
	for k, s := range shapes {
		names = append(names, fmt.Sprintf("%s=%s:%.1f", k, s.Name(), s.Area()))
	}
	sort.Strings(names)
	fmt.Println(names)
	areaOf := map[string]func() float64{}
	for k, s := range shapes {
		areaOf[k] = s.Area
	}
	shapes["a"] = Sq{10}
	fmt.Println(areaOf["a"](), areaOf["b"]())

	r := NewRegistry()
	for _, l := range []string{"echo hi there", "count a b c", "nope", "", "hist", "echo"} {
		fmt.Printf("%q -> %q\n", l, r.Run(l))
	}
	for _, k := range sortedKeys(r.calls) {
		fmt.Print(k, ":", r.calls[k], " ")
	}
	fmt.Println()

	counts := map[rune]int{}
	for _, c := range "hello, wörld" {
		counts[c]++
	}
	type kv struct {
		r rune
		n int
	}
	var kvs []kv
	for k, v := range counts {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].r < kvs[j].r })
	fmt.Printf("%v\n%+v\n%q\n", kvs, kvs[:2], []rune{kvs[0].r, kvs[len(kvs)-1].r})
	fmt.Println(counts)

	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	n := 0
	for k := range m {
		delete(m, k)
		delete(m, k+1)
		n++
	}
	fmt.Println(len(m), n <= 100)
	var nilm map[string]int
	v, ok := nilm["x"]
	delete(nilm, "x")
	fmt.Println(v, ok, len(nilm), nilm == nil)
	for range nilm {
		fmt.Println("never")
	}
}
