// errorcheck

// Method expressions and values, conversions with parenthesized types.

package p

type T struct{ x int }

func (T) V() int   { return 0 }
func (*T) P() int  { return 1 }
func (t T) W(int) {}

func f(p *T, u uintptr) {
	_ = T.V
	_ = (*T).P
	_ = (*T).V
	_ = p.P
	_ = (*T)(p)
	_ = (*int)(nil)
	_ = (func())(nil)
	_ = (chan int)(nil)
	_ = (<-chan int)(nil)
	_ = []byte("abc")
	_ = string(rune(65))
	_ = T.W
	_ = (T).V
}
