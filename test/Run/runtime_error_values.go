// Runtime errors recovered as values: their text, %T and whether they are
// errors; panic(nil); fmt of NaN and infinities; NaN map keys.
package main

import (
	"errors"
	"fmt"
)

type T struct {
	A int
	E error
	P *T
	F float32
}

type I interface{ M() }
type S struct{}

func (S) M() {}

func runtimeErr(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	var zero float64
	inf := 1 / zero
	nan := zero / zero
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%s|%d|%v\n", nil, true, nil)
	var e error
	fmt.Printf("%s %v\n", e, e)
	fmt.Println(T{}, &T{A: 1} == nil)
	fmt.Printf("%+v\n", T{E: errors.New("x"), F: 1.5})
	fmt.Printf("%T %T %T %T %T\n", func(int) string { return "" }, map[string][]int{}, struct{ X int }{}, (*int)(nil), nil)
	fmt.Printf("%T %T\n", e, []interface{}{1})
	fmt.Printf("%c|%q|%q|%U\n", 0x110000, 0x110000, -1, -1)
	fmt.Println(inf, -inf, nan, -0.0, 1/-inf)
	fmt.Printf("%f %e %g %v %5.1f\n", inf, nan, -inf, float32(nan), inf)
	fmt.Println(float32(0.1)+float32(0.2), 0.1+0.2, 1e21, 1e20, 123456789.0, 1.0, float32(1e21))
	for _, f := range []func(){
		func() { var a []int; _ = a[5] },
		func() { x := 0; _ = 5 / x },
		func() { var m map[int]int; m[1] = 1 },
		func() { var p *T; _ = p.A },
		func() { var i interface{} = "s"; _ = i.(int) },
		func() { var i interface{} = S{}; _ = i.(fmt.Stringer) },
		func() { var i I; i.M() },
		func() { var i interface{}; _ = i.(int) },
		func() { s := []int{1}; n := -1; _ = s[n:] },
		func() { panic(nil) },
		func() { panic(errors.New("plain")) },
	} {
		r := runtimeErr(f)
		err, isErr := r.(error)
		fmt.Printf("%v | %T | %v\n", r, r, isErr)
		if isErr {
			fmt.Println("  ", err.Error())
		}
	}
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m), m[nan])
	fmt.Println(nan == nan, [1]float64{nan} == [1]float64{nan})
}
