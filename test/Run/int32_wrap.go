// int32/uint32 wraparound: Fibonacci overflow point, uint32 hashing,
// rune arithmetic.
package main

import "fmt"

func main() {
	var a, b int32 = 0, 1
	for i := 0; i < 50; i++ {
		a, b = b, a+b
		if i >= 43 {
			fmt.Println("fib", i+1, "=", a)
		}
	}
	var max int32 = 2147483647
	fmt.Println("max+1 =", max+1, "max*2 =", max*2, "-min =", -(max + 1))
	var h uint32 = 2166136261
	for _, c := range []byte("hello, world") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv32 =", h)
	var u uint32
	u -= 1
	fmt.Println("uint32(0)-1 =", u, "u+u =", u+u)
	r := 'a'
	r += 25
	fmt.Println("rune math:", r, string(r))
	fmt.Println("int32(int64 5368709117) =", int32(int64(max)*3/2+int64(max)))
	var m int32 = -2147483648
	fmt.Println("min/-1 =", m/-1, "min%-1 =", m%-1)
	prod := int32(1)
	for i := int32(1); i <= 15; i++ {
		prod *= i
	}
	fmt.Println("15! in int32 =", prod)
}
