// fmt verbs applied to slices, structs, maps with sorted keys of several
// kinds, byte slices, runes, nil values and pointers to composites.
package main

import "fmt"

type MyStr string
type MyInt int
type Pair struct {
	K string
	V int
}
type Wrapper struct {
	P    Pair
	Ps   []Pair
	M    map[MyStr]MyInt
	Arr  [2]float64
	I    interface{}
	B    []byte
	R    rune
	U    uint8
	Bool bool
}

func main() {
	fmt.Printf("[%8v]\n", []int{1, 22, 333})
	fmt.Printf("[%-6v]\n", Pair{"a", 1})
	fmt.Printf("[%6d]\n", []int{1, 2})
	fmt.Printf("[%x] [%X] [%x]\n", []string{"ab", "c"}, MyStr("hi"), Pair{"k", 255})
	fmt.Printf("[%q] [%q] [%s]\n", []byte("q\"b"), MyStr("m"), []byte(nil))
	fmt.Printf("[%05s] [%.1q] [%5.1x]\n", "ab", "xyz", "abc")
	fmt.Println(fmt.Sprint(1, 2, "a", 3, 4, "b", "c", 5.5, true, false))
	fmt.Println(fmt.Sprint(MyStr("x"), MyStr("y"), MyInt(1), MyInt(2)))
	fmt.Println(fmt.Sprint(Pair{}, Pair{}), fmt.Sprint(nil, nil), fmt.Sprint([]int{1}, []int{2}))
	w := Wrapper{P: Pair{"p", 1}, Ps: []Pair{{"x", 2}}, M: map[MyStr]MyInt{"b": 2, "a": 1}, Arr: [2]float64{1.5, 2}, I: Pair{"i", 3}, B: []byte("hi"), R: 'x', U: 7, Bool: true}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Printf("%d\n", w.Arr)
	fmt.Printf("%s\n", w)
	fmt.Printf("%v %d %s %c %q %U\n", w.R, w.R, string(w.R), w.R, w.R, w.R)
	fmt.Printf("%v %c %q\n", w.U, w.U, w.U)
	fmt.Printf("%x %X % x %#x\n", w.B, w.B, w.B, w.B)
	fmt.Printf("%v %.2v %10.3v|\n", 1234.5678, 1234.5678, 1234.5678)
	fmt.Printf("%g %g %g %g %g\n", 1e6, 1e-4, 1e-5, 123456789.0, 0.000001234)
	fmt.Printf("%.3g %.10g %g\n", 1234.5678, 1.0/3, float32(1.0/3))
	fmt.Printf("%e %.0e %E\n", 0.0, 5.0, 1e-300)
	fmt.Printf("%08.2f|%-8.2f|%+8.2f|% 8.2f\n", -1.5, -1.5, 1.5, 1.5)
	fmt.Printf("%b %o %x %X %#o %#b\n", -5, -8, -255, -255, -8, -5)
	fmt.Printf("%3c|%-3c|%03d|%+03d\n", 'é', 'é', -5, 5)
	fmt.Printf("%t %v %5t %s\n", true, false, true, true)
	fmt.Printf("%v %v\n", int8(-128), uint64(18446744073709551615))
	fmt.Printf("%d %d\n", MyInt(5), []MyInt{1, 2})
	fmt.Printf("%s %v\n", error(nil), []error{nil, fmt.Errorf("e")})
	var ip *Pair
	fmt.Printf("%v %+v %s\n", ip, ip, ip)
	fmt.Printf("%v\n", &[]int{1, 2})
	fmt.Printf("%v %v\n", &map[string]int{"a": 1}, &[2]string{"x", "y"})
	fmt.Printf("%+v\n", &Wrapper{})
	fmt.Printf("%v|%6.2f|%-10s|\n", []float64{1.25, 2}, []float64{1.256, 2}, []string{"a", "b"})
	fmt.Printf("%%d %c %v\n", 65, 'A')
	fmt.Printf("%-5d|%5s|%-5s|\n", -3, "αβγ", "αβγ")
	fmt.Printf("%.2s|%.5d|%.0d|%5.3d\n", "αβγ", 42, 0, 7)
	fmt.Printf("%+q %x\n", "日本", "日本")
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%v\n", map[int][]string{2: {"b"}, 1: {"a", "c"}, -1: nil})
	fmt.Printf("%v\n", map[bool]int{true: 1, false: 0})
	fmt.Printf("%v\n", map[float64]string{2.5: "x", -1: "y", 0: "z"})
	fmt.Printf("%v\n", map[[2]int]bool{{2, 1}: true, {1, 9}: false, {1, 2}: true})
}
