// errorcheck -0 -m -l

// gc's devirtualization (an interface call on a value of known concrete
// type) and its self-assignment filter.

package p

type I interface{ M() *int }

type V struct{ p *int }

func (v V) M() *int { return v.p } // ERROR "^leaking param: v to result ~r0 level=0$"

type P struct{ p *int }

func (p *P) M() *int { return p.p } // ERROR "^leaking param: p to result ~r0 level=1$"

func devirtValue() *int {
	x := 0 // ERROR "^moved to heap: x$"
	var i I = V{&x}
	return i.M() // ERROR "^devirtualizing i\.M to V$"
}

func devirtPointer() {
	var i I = &P{} // ERROR "^&P\{\} does not escape$"
	_ = i.M() // ERROR "^devirtualizing i\.M to \*P$"
}

func dynamic(i I) *int { // ERROR "^leaking param: i$"
	return i.M()
}

type Buf struct {
	buf []byte
	arr *[8]byte
	s   string
	a   [4]*int
}

func (b *Buf) trim() { // ERROR "^b does not escape$"
	b.buf = b.buf[1:] // ERROR "^\(\*Buf\)\.trim ignoring self-assignment in b\.buf = b\.buf\[1:\]$"
	b.buf = b.arr[1:2] // ERROR "^\(\*Buf\)\.trim ignoring self-assignment in b\.buf = b\.arr\[1:2\]$"
	b.s = b.s[1:] // ERROR "^\(\*Buf\)\.trim ignoring self-assignment in b\.s = b\.s\[1:\]$"
}

func (b *Buf) swap(i int) { // ERROR "^b does not escape$"
	b.a[0] = b.a[1] // ERROR "^\(\*Buf\)\.swap ignoring self-assignment in b\.a\[0\] = b\.a\[1\]$"
	b.a[0], b.a[1] = b.a[1], b.a[0] // ERROR "^\(\*Buf\)\.swap ignoring self-assignment in b\.a\[0\], b\.a\[1\] = b\.a\[1\], b\.a\[0\]$"
}

func derefSlice(sp *[]int) { // ERROR "^sp does not escape$"
	*sp = (*sp)[1:] // ERROR "^derefSlice ignoring self-assignment in \*sp = \(\*sp\)\[1:\]$"
}
