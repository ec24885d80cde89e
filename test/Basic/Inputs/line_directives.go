package main

func f() *int {
	x := 1
	return &x
}

//line other.go:100
func g() *int {
	y := 2
	return &y
}

//line PKGDIR/h.go:200:5
func h() []int {
	return make([]int, 10)
}

//line /elsewhere/k.go:300:1
func k() []int { return make([]int, 20) }

//line :400
//go:noinline
func m() (*int, []int) {
	z := 3
	return /*line ./q.go:50:7*/ &z, /*line :60:1*/ make([]int, 30)
}

func n(p *int) *int { return p }

func main() {
	_ = f()
	_ = g()
	_ = h()
	_ = k()
	m()
	var v int
	_ = n(&v)
}
