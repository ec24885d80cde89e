// fmt uses String() and Error() methods: value vs pointer receivers,
// Stringer nested in slices, maps and structs, %v vs %d on such types.
package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "blue"
}

type Temp struct{ deg float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", t.deg) }

type Wrapper struct {
	C Color
	T Temp
}

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

func main() {
	fmt.Println(Color(0), Color(1), Color(5))
	fmt.Printf("%v %d %s %q\n", Color(1), Color(1), Color(2), Color(0))
	fmt.Println([]Color{0, 1, 2})
	fmt.Println(map[Color]int{1: 10, 0: 5})
	t := Temp{21.5}
	fmt.Println(&t, t)
	w := Wrapper{1, Temp{3}}
	fmt.Printf("%v %+v\n", w, w)
	var err error = NotFound{"k"}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	errs := []error{err, errors.New("plain"), nil}
	fmt.Println(errs)
	fmt.Println(fmt.Sprint(Color(1), Color(2)), fmt.Sprint("a", Color(0)))
}
