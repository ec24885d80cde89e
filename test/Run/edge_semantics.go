package main

import (
	"fmt"
	"strings"
)

type Logger interface{ Log(string) string }

type Service struct {
	Logger
	name string
}

type prefixLog struct{ p string }

func (l prefixLog) Log(s string) string { return l.p + s }

type Padded struct {
	A int8
	_ int32
	B string
	_ [2]bool
}

type Celsius struct{ Deg float64 }
type Fahrenheit struct{ Deg float64 }

type Empty struct{}

type Node struct {
	val  int
	next *Node
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.next.Len()
}

func (n Node) Val() int { return n.val }

const (
	big    = 1 << 100
	small  = big >> 98
	third  = 1.0 / 3
	mixed  = 'a' + 1
	str    = "con" + "cat"
	strLen = len(str)
	kb     = 1 << (10 * (iota - 5))
	mb
)

var arrLen = len([...]int{5: 0, 2: 1})

func catch(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", label, r)
		}
	}()
	f()
}

func namedAfterPanic() (n int, s string) {
	defer func() {
		if recover() != nil {
			n *= 2
			s += "!"
		}
	}()
	n, s = 21, "half"
	panic("boom")
}

func gotoSearch(grid [][]int, target int) (int, int) {
	i := 0
	var j int
rows:
	if i >= len(grid) {
		return -1, -1
	}
	j = 0
cols:
	if j < len(grid[i]) {
		if grid[i][j] == target {
			goto found
		}
		j++
		goto cols
	}
	i++
	goto rows
found:
	return i, j
}

func classify(n int) string {
	var parts []string
	switch {
	case n < 0:
		parts = append(parts, "neg")
		fallthrough
	default:
		parts = append(parts, "any")
	case n == 0:
		parts = append(parts, "zero")
		fallthrough
	case n > 100:
		parts = append(parts, "big-or-zero")
	}
	return strings.Join(parts, "+")
}

func main() {
	s := Service{name: "svc"}
	catch("nil embedded iface", func() { fmt.Println(s.Log("x")) })
	s.Logger = prefixLog{"> "}
	fmt.Println(s.Log("hello"))
	var lg Logger
	catch("method value of nil iface", func() {
		f := lg.Log
		fmt.Println("not reached", f)
	})
	var np *Node
	catch("value method value on nil ptr", func() {
		f := np.Val
		fmt.Println("not reached", f)
	})
	fmt.Println(np.Len(), (&Node{1, &Node{2, nil}}).Len())
	lenOf := np.Len
	fmt.Println(lenOf())

	p1 := Padded{A: 1, B: "x"}
	p2 := Padded{A: 1, B: "x"}
	fmt.Println(p1 == p2)
	fmt.Printf("%v %+v\n", p1, p2)

	c := Celsius{100}
	f := Fahrenheit(c)
	f.Deg = f.Deg*9/5 + 32
	fmt.Println(c, f, Celsius(f) == c)

	m := map[string]Empty{"a": {}, "b": {}}
	var zs [0]int
	es := make([]Empty, 5)
	fmt.Println(len(m), m["a"] == Empty{}, len(zs), len(es), es[4], Empty{} == Empty{})
	fmt.Println(small, third, mixed, string(rune(mixed)), str, strLen, kb, mb, arrLen)
	fmt.Println(big/big, float64(big)/1e30, big%7)

	fmt.Println(namedAfterPanic())
	grid := [][]int{{1, 2}, {3}, {}, {4, 5, 6}}
	fmt.Println(gotoSearch(grid, 5))
	fmt.Println(gotoSearch(grid, 7))
	for _, n := range []int{-5, 0, 50, 500} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))

	var handlers [3]func(int) int
	fmt.Println(handlers[0] == nil)
	for i := range handlers {
		k := i + 1
		handlers[i] = func(x int) int { return x * k }
	}
	total := 0
	for _, h := range handlers {
		if h != nil {
			total += h(10)
		}
	}
	fmt.Println(total)

	raw := `line1
	"quoted" \n not escape
end`
	fmt.Println(len(raw), strings.Count(raw, "\n"), raw[6:7] == "\t")
	words := []string{"b", "a", "c", "ab", "B", ""}
	less := 0
	for i := 0; i < len(words)-1; i++ {
		if words[i] < words[i+1] {
			less++
		}
	}
	fmt.Println(less, "abc" > "abd", "Z" < "a", "" < " ")
	acc := ""
	for i := 0; i < 5; i++ {
		acc += string(rune('a' + i))
		acc += fmt.Sprint(i)
	}
	fmt.Println(acc, acc[2:5], acc[len(acc)-1])

	var f32 float32 = 16777216
	f32++
	fmt.Println(f32, float32(0.1)+float32(0.2), 0.1+0.2, float32(1)/3)
	println("println:", f32, 1.5, int8(-3), true, "s", 'x')

	matrix := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	for i := range matrix {
		row := &matrix[i]
		for j := range row {
			row[j] *= 10
		}
	}
	fmt.Println(matrix)
	type pairT struct {
		k string
		v int
	}
	ps := []pairT{{"x", 1}, {"y", 2}}
	for _, p := range ps {
		p.v = 100
	}
	for i := range ps {
		ps[i].v++
	}
	fmt.Println(ps)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			switch {
			case j == 1:
				continue outer
			case i == 2:
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
}
