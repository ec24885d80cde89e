// Untyped constant arithmetic is exact: huge intermediates, rational
// float constants, typed constant conversions and rune constants.
package main

import "fmt"

const (
	Big   = 1 << 200
	Small = Big >> 198
	Third = 1.0 / 3
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	R     = 'x' + 1
	Mixed = 7 / 2 * 2.0
	Float = 7 / 2.0
	Str   = "con" + "cat"
)

type Celsius float64

const Boiling Celsius = 100

func main() {
	fmt.Println(Small, Big/Big, Big%7 == 0)
	fmt.Println(Third*3 == 1, Third)
	fmt.Println(Pi, float32(Pi))
	fmt.Println(R, string(rune(R)))
	fmt.Println(Mixed, Float)
	fmt.Println(Str, len(Str))
	fmt.Println(Boiling, Boiling*9/5+32)
	const maxU = ^uint64(0)
	const maxI8 = 1<<7 - 1
	fmt.Println(maxU, maxI8, -maxI8-1)
	var i8 int8 = maxI8
	fmt.Println(i8)
	const e = 1e300 * 1e300 / 1e300
	fmt.Println(e)
	const q = 1e-5
	fmt.Println(q, q*1e5)
	x := 10
	fmt.Println(float64(x)*Third > 3.33, float64(x)*Third)
	fmt.Printf("%T %T %T %T\n", Small, Third, R, Boiling)
}
