// A fixed-capacity ring buffer with wraparound, overwrite policy,
// iteration via callback, and a moving average built on it.
package main

import "fmt"

type Ring struct {
	buf        []float64
	head, size int
	dropped    int
}

func NewRing(n int) *Ring { return &Ring{buf: make([]float64, n)} }

func (r *Ring) Push(v float64) {
	if r.size == len(r.buf) {
		r.buf[r.head] = v
		r.head = (r.head + 1) % len(r.buf)
		r.dropped++
		return
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
}

func (r *Ring) Pop() (float64, bool) {
	if r.size == 0 {
		return 0, false
	}
	v := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, true
}

func (r *Ring) Each(f func(i int, v float64)) {
	for i := 0; i < r.size; i++ {
		f(i, r.buf[(r.head+i)%len(r.buf)])
	}
}

func (r *Ring) Avg() float64 {
	if r.size == 0 {
		return 0
	}
	sum := 0.0
	r.Each(func(_ int, v float64) { sum += v })
	return sum / float64(r.size)
}

func main() {
	r := NewRing(4)
	for i := 1; i <= 10; i++ {
		r.Push(float64(i * i))
		fmt.Printf("push %3d avg %7.3f size %d\n", i*i, r.Avg(), r.size)
	}
	r.Each(func(i int, v float64) { fmt.Print(i, "=", v, " ") })
	fmt.Println()
	for {
		v, ok := r.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println("dropped", r.dropped)
	_, ok := r.Pop()
	fmt.Println(ok, r.Avg())
	fmt.Printf("%v %.2f %g\n", 1.0/3, 2.0/3, 1e6)
}
