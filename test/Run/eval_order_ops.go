// Operands of op-assignments on map/slice/field index expressions are
// evaluated once and in order; float/uint conversions; -0.0; string order.
package main

import "fmt"

var calls []string

func key(k string) string { calls = append(calls, "key "+k); return k }
func idx(i int) int        { calls = append(calls, fmt.Sprint("idx ", i)); return i }
func val(v int) int        { calls = append(calls, fmt.Sprint("val ", v)); return v }

type S struct{ a [3]int }

func getS(s *S) *S { calls = append(calls, "getS"); return s }

func main() {
	m := map[string]int{}
	m[key("a")]++
	m[key("a")] += val(5)
	m[key("b")] -= 2
	a := []int{0, 0, 0}
	a[idx(1)] += val(10)
	a[idx(2)] <<= uint(val(2))
	s := &S{}
	getS(s).a[idx(0)] += 7
	x, y := val(1), val(2)
	fmt.Println(m, a, s.a, x, y)
	for _, c := range calls {
		fmt.Println(c)
	}
	u := uint64(1<<63 + 1)
	f := float64(u)
	fmt.Println(f, uint64(f), uint64(1e19), int64(-9.2e18))
	big := 1e19
	fmt.Println(uint64(big), uint32(float32(4e9)))
	z := 0.0
	z = -z
	fmt.Println(z, -z, 1/z, fmt.Sprintf("%v %.1f %g", z, z, z))
	fmt.Println(1e-7, float32(1e-7), 1e-5, 123456789012.0, 1e20/3)
	i := 65
	fmt.Println(string(rune(i)), string(rune(0x4e16)))
	var u8 uint8 = 0x0F
	var i8 int8 = -8
	fmt.Println(^u8, ^i8, u8&^0x05, i8>>1, i8<<1, -i8, ^0)
	sl := []int{1, 2, 3}
	sl = append(sl, sl...)
	sl = append(sl[:2], sl[3:]...)
	fmt.Println(sl, len(sl), cap(sl))
	n := copy(make([]byte, 3), "hello")
	fmt.Println(n)
	str := "héllo wörld"
	fmt.Println(str < "hello", "abc" < "abd", "Z" < "a", "" < "a", "é" > "z")
	cnt := 0
	for i := range str {
		if str[i] >= 0x80 {
			cnt++
		}
	}
	fmt.Println(cnt, len(str), len([]rune(str)))
	arr := [3]int{1, 2, 3}
	pa := &arr
	pa[1] = 20
	b := arr
	b[2] = 30
	fmt.Println(arr == *pa, b == arr, len(pa), cap(pa[1:]))
	type P struct{ X, Y int }
	ps := map[string]*P{"a": {1, 2}}
	ps["a"].X += 10
	fmt.Println(*ps["a"])
	var iface interface{} = 3
	switch iface {
	case 3.0:
		fmt.Println("float 3")
	case 3:
		fmt.Println("int 3")
	}
	switch v := iface.(type) {
	case int, string:
		fmt.Printf("%T %v\n", v, v)
	}
}
