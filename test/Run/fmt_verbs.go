// fmt verbs on integers, strings, bools, runes: %v %d %s %q %x %X %c %t
// %o %b %U and %%, including negative numbers and byte slices.
package main

import "fmt"

func main() {
	for _, n := range []int{0, 7, -7, 255, -256, 1 << 40} {
		fmt.Printf("%v|%d|%x|%X|%o|%b|%c|%q|%U\n", n, n, n, n, n, n, n&0x7f+32, n&0x7f, n&0xffff)
	}
	fmt.Printf("%d %d %d %d\n", int8(-128), uint8(200), int64(-1), uint64(18446744073709551615))
	fmt.Printf("%x %X %x\n", uint8(10), int16(-1), uint32(0xCAFEBABE))
	fmt.Printf("%s|%q|%v|%x|%X|% x\n", "héllo", "héllo", "héllo", "héllo", "hi", "abc")
	fmt.Printf("%t %v %t\n", true, false, 1 > 2)
	fmt.Printf("%c%c%c %q %q %U\n", 'G', 'o', '世', 'x', '\n', '世')
	fmt.Printf("%v %d %s %x %q\n", []byte("ab"), []byte("ab"), []byte("ab"), []byte("ab"), []byte("ab"))
	fmt.Printf("%v %d %x\n", []int{1, -2, 30}, []int{1, -2, 30}, []int{10, 255})
	fmt.Printf("%q\n", []string{"a", "b c", `"q"`})
	fmt.Printf("100%%\n")
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n")
	fmt.Printf("%v %v\n", nil, []interface{}{nil, 1, "a"})
	fmt.Printf("%x %X\n", -255, "\xff")
	fmt.Printf("%08b %o %#o %#x %#X %#v\n", 5, 64, 64, 255, 255, 255)
	fmt.Printf("%+d %+d % d % d\n", 5, -5, 5, -5)
}
