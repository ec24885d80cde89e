// %T of predeclared, composite, named, pointer, func, interface-held and
// nil values; %v of the same values.
package main

import (
	"errors"
	"fmt"
)

type MyInt int
type Pt struct{ X, Y int }
type Fn func(int) string
type Iface interface{ M() }

func (p Pt) M() {}

func main() {
	var i Iface = Pt{}
	vals := []interface{}{
		1, int8(1), uint16(1), uintptr(1), 1.5, float32(1.5), "s", 'r', byte('b'), true,
		MyInt(3), Pt{1, 2}, &Pt{}, []int{}, [3]string{}, map[string][]int{},
		func() {}, Fn(nil), i, errors.New("e"), nil, []interface{}{1},
		struct{ A int }{}, new(int), []*Pt{}, map[Pt]bool{}, [][]byte{},
		func(int, ...string) (bool, error) { return false, nil },
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%T %T\n", fmt.Sprint, errors.New)
	fmt.Printf("%v %v %v %v\n", MyInt(3), Pt{1, 2}, [3]string{"a"}, map[string][]int{"z": {1}})
	var e error
	fmt.Printf("%T %v\n", e, e)
}
