// funcs demonstrates functions as values: variadic functions (called with
// individual arguments and with slice...), multiple return values and the
// blank identifier, method values bound to a receiver (value and pointer),
// method expressions T.M and (*T).M, function types with methods, and
// higher-order helpers such as map/reduce over slices.
package main

import (
	"fmt"
	"strings"
)

func minMax(first int, rest ...int) (min, max int) {
	min, max = first, first
	for _, v := range rest {
		if v < min {
			min = v
		}
		if v > max {
			max = v
		}
	}
	return
}

func joinAll(sep string, parts ...string) string {
	return fmt.Sprintf("%d parts: %s", len(parts), strings.Join(parts, sep))
}

func divmod(a, b int) (int, int) { return a / b, a % b }

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec    { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Dot(o Vec) int    { return v.X*o.X + v.Y*o.Y }
func (v *Vec) ScaleBy(k int)   { v.X *= k; v.Y *= k }
func (v Vec) String() string   { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }
func (v *Vec) Translate(d Vec) { *v = v.Add(d) }

type Op func(int, int) int

func (o Op) Apply(xs ...int) int {
	acc := xs[0]
	for _, x := range xs[1:] {
		acc = o(acc, x)
	}
	return acc
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	for _, x := range xs {
		init = f(init, x)
	}
	return init
}

func main() {
	lo, hi := minMax(5, 3, 9, -2, 7)
	fmt.Println(lo, hi)
	nums := []int{40, 10, 30}
	lo, hi = minMax(20, nums...)
	fmt.Println(lo, hi)
	_, only := minMax(1)
	fmt.Println(only)

	fmt.Println(joinAll("-"))
	fmt.Println(joinAll("-", "a"))
	fmt.Println(joinAll("/", []string{"usr", "local", "bin"}...))

	q, r := divmod(17, 5)
	fmt.Println(q, r)
	q, _ = divmod(100, 7)
	fmt.Println(q)

	// Method values: bound receivers. A value receiver copies v now.
	v := Vec{1, 2}
	add := v.Add
	scale := v.ScaleBy // binds &v
	str := v.String
	scale(10)
	fmt.Println(v, add(Vec{1, 1}), str())

	// Method expressions: the receiver becomes the first parameter.
	addExpr := Vec.Add
	dotExpr := Vec.Dot
	scaleExpr := (*Vec).ScaleBy
	w := Vec{3, 4}
	scaleExpr(&w, 2)
	fmt.Println(addExpr(w, v), dotExpr(w, w), w)
	moves := []func(*Vec, Vec){(*Vec).Translate}
	moves[0](&w, Vec{-6, -8})
	fmt.Println(w)

	// A slice of method values over different receivers.
	vs := []Vec{{1, 0}, {0, 1}, {2, 2}}
	var dots []func(Vec) int
	for _, x := range vs {
		dots = append(dots, x.Dot)
	}
	for _, d := range dots {
		fmt.Print(d(Vec{5, 7}), " ")
	}
	fmt.Println()

	var sum Op = func(a, b int) int { return a + b }
	mul := Op(func(a, b int) int { return a * b })
	fmt.Println(sum.Apply(1, 2, 3, 4), mul.Apply(1, 2, 3, 4), Op.Apply(sum, 5, 5))

	sq := mapInts([]int{1, 2, 3, 4, 5}, func(x int) int { return x * x })
	fmt.Println(sq, reduce(sq, 0, sum), reduce(sq, 1, mul))

	ifaceFn := fmt.Sprint
	fmt.Println(ifaceFn("x", 1, 2, "y"), fmt.Sprint(1, 2), fmt.Sprintln("a", 3))
	args := []interface{}{"pi", 3.14159, true}
	fmt.Println(args...)
	fmt.Printf("%s=%.2f ok=%v\n", args...)
}
