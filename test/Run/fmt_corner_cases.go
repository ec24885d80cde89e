// fmt corners: zero-padded strings, per-element widths on slices, rounding
// of %.0f, panicking and nil-receiver String methods, maps with struct,
// bool, float (NaN), interface and array keys, %#v of many kinds.
package main

import (
	"errors"
	"fmt"
)

type V struct{ A, B int }

func (v V) String() string { return fmt.Sprintf("V(%d,%d)", v.A, v.B) }

type PE struct{ msg string }

func (p *PE) Error() string { return "PE:" + p.msg }

type Panicky int

func (p Panicky) String() string {
	if p < 0 {
		panic("negative Panicky")
	}
	return fmt.Sprint("P", int(p))
}

type NilPanicky struct{ s *string }

func (n *NilPanicky) String() string { return *n.s }

type Inner struct {
	X int
	S []string
}

type Outer struct {
	Inner
	P   *Inner
	PP  **Inner
	M   map[V]bool
	Any interface{}
}

type Key struct {
	Name string
	N    int
}

type Flag bool

type Grid [2][3]int

func main() {
	fmt.Printf("[%05s][%-05d][%05d][%x][%X][% x]\n", "ab", 3, -3, -255, []int{10, 255}, []int{10, 255})
	fmt.Printf("[%5v][%-4v][%03d][%q][%x]\n", []int{1, 22}, []string{"a"}, []int{1, -2}, []string{"x", "y\n"}, []string{"hi", "yo"})
	fmt.Printf("[%c][%U][%5.1f][%e][%.0e]\n", []int{72, 105}, []rune("ok"), []float64{1.25, -2}, []float32{0.5}, 12345.0)
	fmt.Printf("%.0f %.0f %.0f %.0f %.1f %.2f\n", 0.5, 1.5, 2.5, -0.5, 0.05, 1.005)
	fmt.Printf("%.3g %.10g %g %g %g %G\n", 123456.0, 1.0/3, 1e-4, 1e-5, 123456789012.0, 1e-10)
	fmt.Printf("%6.2v|%-8v|%8v|\n", 3.14159, 2.5, "s")
	fmt.Printf("%t %t %d %s %v\n", 5, "x", nil, nil, []error{nil})
	fmt.Printf("%s %v %d\n", errors.New("e1"), &PE{"m"}, &PE{"n"})
	var pe *PE
	var err error = pe
	fmt.Println(err == nil, pe == nil)
	fmt.Printf("%v|%s|%T\n", V{1, 2}, &V{3, 4}, &V{})
	fmt.Printf("%d|%+v|%#v\n", V{1, 2}, V{1, 2}, V{1, 2})
	fmt.Println(Panicky(2), Panicky(-1))
	fmt.Printf("%v|%s|%d\n", Panicky(-2), Panicky(-3), Panicky(-4))
	var np *NilPanicky
	fmt.Println(np)
	fmt.Printf("%s|%v\n", np, &NilPanicky{})
	var nv *V
	fmt.Println(nv)
	fmt.Printf("[%v][%s][%+v]\n", nv, nv, nv)
	in := &Inner{X: 1, S: []string{"q"}}
	o := Outer{Inner: Inner{2, nil}, P: in, PP: nil, M: map[V]bool{{2, 1}: true, {1, 9}: false, {1, 2}: true}, Any: in}
	fmt.Printf("%v\n", o.Inner)
	fmt.Printf("%+v\n", o.M)
	fmt.Printf("%v %+v\n", o.Any, o.Any)
	fmt.Printf("%v\n", []*Inner{nil})
	fmt.Printf("%T %T %T\n", o, o.M, o.Any)
	fmt.Printf("%T %T %T %T\n", struct{ A int }{}, []interface{}{}, map[Key][]*V{}, Grid{})
	fmt.Printf("%v %d %x\n", Grid{{1, 2, 3}, {4, 5, 6}}, Grid{}, Grid{{10, 11, 12}})
	keys := map[Key]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3}
	fmt.Println(keys)
	bools := map[Flag]string{true: "t", false: "f"}
	fmt.Println(bools)
	zero := 0.0
	fkeys := map[float64]string{zero / zero: "nan1", 1: "one", zero / zero: "nan2", -1 / zero: "-inf", 2: "two"}
	fmt.Println(len(fkeys), fkeys[zero/zero] == "")
	ikeys := map[interface{}]int{"s": 1, 2: 2, 1.5: 3, true: 4, Key{"k", 0}: 5, V{0, 0}: 6, int8(3): 7}
	fmt.Println(len(ikeys), ikeys["s"], ikeys[2], ikeys[1.5], ikeys[true], ikeys[Key{"k", 0}], ikeys[V{}], ikeys[int8(3)], ikeys[3])
	akeys := map[[2]string]int{{"x", "y"}: 1, {"a", "z"}: 2, {"a", "b"}: 3}
	fmt.Println(akeys)
	pk := map[*int]int{}
	fmt.Println(pk, len(pk))
	fmt.Printf("%v|%v|%v\n", [0]int{}, struct{}{}, [1]struct{}{})
	fmt.Printf("%08.3f|%-8.3f|%+08.2f|% .2f|%+.3e\n", -1.5, -1.5, 2.25, 2.25, -0.0001234)
	fmt.Printf("%x|%X|%#v|%v\n", 1.5, -0.25, 1e21, float32(1e21))
	fmt.Printf("%10.4q|%-6q|%#U|%#x\n", "abcdefgh", 'z', 'x', []byte{})
	fmt.Printf("%s|%v|%q\n", []byte("bytes"), []byte(nil), []byte("q\""))
	fmt.Printf("%v|%s\n", [3]byte{65, 66, 67}, [3]byte{65, 66, 67})
	type local struct {
		f float64
		b []byte
		e error
	}
	fmt.Printf("%v|%+v\n", local{1.5, []byte("a"), nil}, local{f: 2})
	fmt.Printf("%#v\n", local{})
	fmt.Printf("%#v|%#v|%#v\n", &Key{"p", 1}, map[Key]bool{}, []*int(nil))
	fmt.Printf("%#v|%#v|%#v|%#v\n", Flag(true), uint8(7), int64(-3), 'r')
	fmt.Printf("%#v|%#v\n", "quo\"te", []byte{1, 2})
	fmt.Printf("%#v|%#v\n", interface{}(nil), error(nil))
	fmt.Printf("%v %v\n", int64(-1<<63), uint64(1<<64-1))
	fmt.Printf("%b %o %x %X %d\n", uint64(1<<64-1), int8(-128), int16(-1), uint16(0xABCD), uintptr(42))
	fmt.Printf("%#b %#o %O\n", 5, 8, 8)
	fmt.Printf("%v %v\n", 'a', "a"[0])
	fmt.Println(fmt.Sprintf("%5.2s|", "日本語"), fmt.Sprintf("%-5s|", "日本"), fmt.Sprintf("%x", "日"))
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint("a", "b"), fmt.Sprint(1, 2), fmt.Sprint("a", 1, "b"))
	fmt.Println(fmt.Sprint(V{1, 1}, V{2, 2}), fmt.Sprint(err), fmt.Sprint(errors.New("x"), 3))
}
