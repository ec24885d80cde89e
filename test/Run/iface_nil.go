// A nil interface differs from an interface holding a typed nil pointer;
// methods on nil pointer receivers work; returning typed nil errors.
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // typed nil when !fail
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type List struct {
	v    int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func main() {
	e1 := mayFail(false)
	e2 := correct(false)
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Println(e1.Error())
	fmt.Printf("%v %T %v %T\n", e1, e1, e2, e2)
	e3 := mayFail(true)
	fmt.Println(e3 != nil, e3)
	var l *List
	fmt.Println(l.Len())
	l = &List{1, &List{2, nil}}
	fmt.Println(l.Len())
	var i interface{}
	fmt.Println(i == nil, i)
	var pl *List
	i = pl
	fmt.Println(i == nil, i == (*List)(nil), i)
	var s fmt.Stringer
	fmt.Println(s == nil)
	var ee error = (*MyErr)(nil)
	switch ee.(type) {
	case nil:
		fmt.Println("nil case")
	case *MyErr:
		fmt.Println("*MyErr case")
	}
}
