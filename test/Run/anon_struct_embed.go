// Anonymous struct types embedding an interface or a pointer to a type with
// methods: fmt uses the promoted Error/String methods, and assertions to
// interfaces see them, as for named struct types.
package main

import (
	"errors"
	"fmt"
)

type Person struct{ N string }

func (p *Person) String() string { return "P(" + p.N + ")" }

func main() {
	e := struct{ error }{errors.New("anon err")}
	fmt.Println(e)
	var err error = e
	fmt.Println(err.Error())
	ps := struct{ *Person }{&Person{"x"}}
	fmt.Println(ps)
	var x interface{} = ps
	if s, ok := x.(fmt.Stringer); ok {
		fmt.Println("stringer", s.String())
	}
	type Named struct{ error }
	fmt.Println(Named{errors.New("named err")})
}
