// fmt and methods: pointer- vs value-receiver String, Error over String,
// String and Error methods that panic (and a nil dereference inside one),
// nil pointer receivers, %#v with GoString, Stringers nested in structs,
// arrays and maps, bad verbs and wrong argument types.

package main

import (
	"errors"
	"fmt"
)

type PS struct{ n int }

func (p *PS) String() string { return fmt.Sprintf("PS<%d>", p.n) }

type VS struct{ n int }

func (v VS) String() string { return fmt.Sprintf("VS<%d>", v.n) }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

type Boom struct{}

func (Boom) String() string { panic("boom") }

type BoomErr struct{}

func (BoomErr) Error() string { panic(errors.New("errboom")) }

type NilPanic struct{ p *int }

func (n NilPanic) String() string { return fmt.Sprint(*n.p) }

type Inner struct{ V VS }
type Outer struct {
	In  Inner
	P   *PS
	Arr [2]VS
	M   map[string]VS
	I   interface{}
}

type Hex int

func (h Hex) Format2() string { return "x" }

type GoStr struct{ a int }

func (GoStr) GoString() string { return "GoStr!" }

func main() {
	fmt.Println(PS{1}, &PS{2}, VS{3}, &VS{4})
	fmt.Printf("%v %v %s %d\n", PS{1}, &PS{2}, VS{3}, VS{5})
	fmt.Println(Both{}, []Both{{}})
	fmt.Println(Boom{})
	fmt.Printf("%s|%d|%v\n", Boom{}, Boom{}, []Boom{{}})
	fmt.Println(BoomErr{})
	var np *PS
	fmt.Println(np)
	var vp *VS
	fmt.Println(vp)
	fmt.Printf("%v|%s|%+v\n", vp, vp, vp)
	fmt.Println(NilPanic{})
	o := Outer{Inner{VS{1}}, &PS{2}, [2]VS{{3}, {4}}, map[string]VS{"k": {5}}, VS{6}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", GoStr{1})
	fmt.Printf("%#v %#v\n", []interface{}{1, "a", nil}, map[string]interface{}{"x": []int{1}})
	fmt.Printf("%v %s\n", errors.New("e1"), []error{errors.New("a"), nil})
	fmt.Printf("%x %X %q\n", VS{10}, PS{11}, VS{12})
	fmt.Printf("%5v|%-6v|%06v\n", VS{1}, Both{}, 42)
	fmt.Printf("%v %d\n", Hex(255), Hex(255))
	fmt.Printf("%08.3f|%-8.2f|%+08d|%x|%X\n", -3.14159, 2.5, -42, -255, "héllo")
	fmt.Printf("%3c|%-3c|%U|%#U|%q|%+q|%#q\n", 'A', 'é', 0x1F600, 0x1F600, 0x1F600, 0x1F600, '\'')
	fmt.Printf("%#x|%#o|%#b|%x|% x|%#x\n", 255, 8, 5, []byte{1, 171}, []byte{1, 171}, "ab")
	fmt.Printf("%10.3s|%-10s|%.1q|%q\n", "abcdef", "ab", "abc", `a"b`)
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%t %t\n", true, 1)
	fmt.Printf("%e %.2e %g %G\n", 1234.5678, 0.000012345, 1e-10, 1e100)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%v %v %v\n", int8(-1), uint16(65535), uintptr(0))
	fmt.Printf("%s\n", 3.5)
	fmt.Printf("%z %!\n", 1)
	fmt.Printf("%d %d %d\n", []int{1}, [2]bool{}, map[string]int{"a": 1})
	fmt.Println(fmt.Sprintf("%.2f", 2.675), fmt.Sprintf("%.0f", -0.5), fmt.Sprintf("%.3g", 0.0001234))
}
