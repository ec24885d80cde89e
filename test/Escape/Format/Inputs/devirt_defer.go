package main

type I interface{ Get() int }

type T struct{ a int }

func (t T) Get() int { return t.a }

type P struct{ a *int }

func (p *P) Get() int { return *p.a }

func f() int {
	var g I = T{1}
	defer g.Get()
	var h I = &P{new(int)}
	defer h.Get()
	var k I = T{2}
	return k.Get()
}

func main() { f() }
