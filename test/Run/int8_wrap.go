// int8 and uint8 arithmetic wraps around modulo 2^8; negation of the
// minimum value, multiplication overflow and conversions from wider types.
package main

import "fmt"

func add8(a, b int8) int8 { return a + b }
func mul8(a, b int8) int8 { return a * b }

func main() {
	var a int8 = 127
	a++
	fmt.Println("127+1 =", a)
	var b int8 = -128
	b--
	fmt.Println("-128-1 =", b)
	m := int8(-128)
	fmt.Println("-(-128) =", -m, "abs trick:", m/-1)
	for _, p := range [][2]int8{{100, 100}, {-100, -100}, {64, 2}, {-1, -1}, {16, 16}, {-128, -1}} {
		fmt.Println(p[0], "+", p[1], "=", add8(p[0], p[1]), " ", p[0], "*", p[1], "=", mul8(p[0], p[1]))
	}
	var u uint8 = 0
	u--
	fmt.Println("uint8 0-1 =", u)
	u += 10
	fmt.Println("255+10 =", u)
	var sum uint8
	for i := 0; i < 1000; i++ {
		sum += uint8(i)
	}
	fmt.Println("sum of uint8(i) for i<1000 =", sum)
	for _, v := range []int{200, 255, 256, -1, -129, 1000, 128} {
		fmt.Println(v, "-> int8", int8(v), "uint8", uint8(v))
	}
	var c int8 = 1
	for i := 0; i < 10; i++ {
		c *= 3
		fmt.Print(c, " ")
	}
	fmt.Println()
	x := int8(-7)
	fmt.Println("^x =", ^x, "uint8(x) =", uint8(x), "int(x)", int(x))
	byteval := byte('z')
	byteval += 10
	fmt.Println("'z'+10 as byte:", byteval)
}
