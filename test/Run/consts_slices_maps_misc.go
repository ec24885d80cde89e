// Exact untyped constants and iota in multi-name specs, value-receiver
// methods on arrays, recover into named results, append/copy aliasing with
// 3-index slices, deleting every key while ranging, interface-keyed maps
// with keys of many dynamic types (and unhashable-key panics recovered),
// nil type-switch case, shadowed builtins and string comparison.

package main

import "fmt"

type Vec [3]int

func (v Vec) Add(w Vec) Vec {
	for i := range v {
		v[i] += w[i]
	}
	return v
}

func (v *Vec) Scale(k int) {
	for i := range v {
		v[i] *= k
	}
}

type Shape interface {
	Area() int
}
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Holder struct {
	Shape
	tag string
}

const (
	Big   = 1 << 100
	Small = Big >> 98
	KB    = 1 << (10 * (iota - 1))
	MB
	GB
)

const (
	a0, b0 = iota, iota * 10
	a1, b1
	_, _
	a3, b3
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func divmod(a, b int) (q, r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func main() {
	v := Vec{1, 2, 3}
	w := v.Add(Vec{10, 20, 30})
	v.Scale(2)
	fmt.Println(v, w, v == Vec{2, 4, 6}, [2]Vec{} == [2]Vec{})
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	g2 := grid
	g2[0][0] = "z"
	fmt.Println(grid, g2, grid != g2)
	h := Holder{Sq{3}, "sq"}
	area := h.Area
	h.Shape = Sq{4}
	fmt.Println(area(), h.Area(), h)
	fmt.Println(Small, KB, MB, GB, a0, b0, a1, b1, a3, b3, Monday, Tuesday+1)
	fmt.Println(divmod(7, 2))
	fmt.Println(divmod(7, 0))
	s := []int{0, 1, 2, 3, 4, 5}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	t := []int{1, 2, 3, 4, 5}
	n := copy(t[1:], t)
	fmt.Println(t, n)
	u := t[1:3:4]
	u = append(u, 100)
	fmt.Println(t, u, len(u), cap(u))
	u = append(u, 200)
	u[0] = -1
	fmt.Println(t, u)
	m := map[string]int{}
	for i := 0; i < 100; i++ {
		m[fmt.Sprint(i)] = i
	}
	cnt := 0
	for k := range m {
		delete(m, k)
		cnt++
	}
	fmt.Println(cnt, len(m))
	type pt struct{ x, y int }
	pm := map[pt]*pt{}
	for i := 0; i < 3; i++ {
		p := pt{i, i * i}
		pm[p] = &p
	}
	pm[pt{1, 1}].y = 50
	fmt.Println(len(pm), *pm[pt{1, 1}], pm[pt{9, 9}] == nil)
	im := map[interface{}]string{1: "int", "1": "string", 1.0: "float", [2]int{1, 1}: "arr", pt{1, 1}: "pt", true: "bool", nil: "nil"}
	fmt.Println(len(im), im[1], im[1.0], im[[2]int{1, 1}], im[pt{1, 1}], im[nil], im[int8(1)] == "")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		im[[]int{1}] = "slice"
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = im[map[int]int{}]
	}()
	var x interface{} = nil
	switch y := x.(type) {
	case nil:
		fmt.Println("nil case", y)
	case int, string:
		fmt.Println("int or string", y)
	}
	switch z := 5; {
	case z > 3 && z < 10:
		fmt.Println("mid")
		fallthrough
	case z > 100:
		fmt.Println("fell")
	default:
		fmt.Println("default")
	}
	len := func(s string) int { return 42 }
	fmt.Println(len("x"))
	str := ""
	for i := 0; i < 5; i++ {
		str += string(rune('a' + i))
	}
	fmt.Println(str, str < "abd", str > "abcde", "a" < "b", "" < "a", "Z" < "a")
	var arr [5]int
	sl := arr[1:4]
	sl[0] = 9
	p := &arr
	p[4] = 7
	for i, v := range p {
		if v != 0 {
			fmt.Print(i, "=", v, " ")
		}
	}
	fmt.Println(cap(sl), sl)
}
