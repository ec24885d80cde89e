// Value receivers operate on copies, pointer receivers on the original;
// Go inserts & and * automatically for addressable values and pointers.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c Counter) IncCopy() { c.n++ }
func (c *Counter) Inc()    { c.n++ }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type Vec struct{ X, Y float64 }

func (v Vec) Scale(f float64) Vec { return Vec{v.X * f, v.Y * f} }
func (v *Vec) Normalize() {
	l := v.X*v.X + v.Y*v.Y
	if l > 0 {
		v.X, v.Y = v.X*v.X/l, v.Y*v.Y/l
	}
}

func main() {
	var c Counter
	c.Inc()
	c.IncCopy()
	c.Add(10).Add(100).Inc()
	fmt.Println(c.Get(), c.n)
	p := &c
	p.IncCopy()
	p.Inc()
	fmt.Println(p.Get(), (*p).Get())
	cs := []Counter{{1}, {2}}
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	m := map[string]*Counter{"a": {5}}
	m["a"].Inc()
	fmt.Println(m["a"].Get())
	v := Vec{3, 4}
	w := v.Scale(2)
	v.Normalize()
	fmt.Println(v, w)
	fmt.Println(Vec{1, 1}.Scale(3))
	arr := [2]Counter{}
	arr[1].Add(3)
	fmt.Println(arr)
}
