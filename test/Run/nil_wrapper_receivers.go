// Methods called through interfaces and method values whose wrapper reads
// through a nil pointer panic: a value method of a nil *T with gc's
// panicwrap text ("value method main.T.F called using nil *T pointer"),
// a method promoted through a nil embedded pointer or a nil embedded
// interface with the nil-dereference error, also when the method ignores
// its receiver and the wrapper is inlined; pointer methods of a nil
// receiver run. The interface values are package variables, so that gc
// cannot devirtualize the calls (a devirtualized call dereferences the
// nil pointer itself).
package main

import "fmt"

type T int

func (t T) F() {}

type S struct{ a, b int }

func (s S) G() int { return s.a }

func (s *S) P() string { return "pointer method" }

type Base struct{ n int }

func (b Base) Get() int { return b.n }

type Outer struct{ *Base }

type Named interface{ Name() string }

type Holder struct{ Named }

type I interface{ F() }
type J interface{ G() int }
type Getter interface{ Get() int }
type Ptr interface{ P() string }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Println(name, r, isErr)
	}()
	f()
}

var (
	nilT     *T
	nilS     *S
	gi       I      = nilT
	gj       J      = nilS
	gOuter   Getter = Outer{}
	gOuterP  Getter = &Outer{}
	gNilOutP Getter = (*Outer)(nil)
	gHolder  Named  = Holder{}
	gPtr     Ptr    = nilS
)

func main() {
	try("value method of nil *T", func() { gi.F() })
	try("value method of nil *S", func() { gj.G() })
	try("promoted through nil embedded pointer", func() { gOuter.Get() })
	try("promoted through *Outer", func() { gOuterP.Get() })
	try("nil *Outer", func() { gNilOutP.Get() })
	try("nil embedded interface", func() { fmt.Println(gHolder.Name()) })
	try("method value", func() {
		var s *S
		f := s.G
		f()
	})
	try("pointer method of nil *S", func() { fmt.Println(gPtr.P()) })
}
