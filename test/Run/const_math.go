// Constant arithmetic: untyped exactness beyond 64 bits, typed constant
// overflow avoided by exact intermediates, iota patterns, float constants,
// rune and string constants, and constant division/shift rules.
package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 98
	Third = 1.0 / 3
	Huge  = 1e300 * 1e300 / 1e300
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

type Bits uint8

const (
	F0 Bits = 1 << iota
	F1
	F2
	F3
)

func (w Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[w]
}

func main() {
	fmt.Println(Small, Big/Big, Big%7)
	fmt.Println(Third, Third*3 == 1, float32(Third))
	fmt.Println(Huge, Huge == 1e300)
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Weekday(3))
	fmt.Printf("%d %v %s\n", Thursday, Thursday, Thursday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(F0, F1, F2, F3, F0|F3, F3&^F3)
	const x = 7 / 2
	const y = 7 / 2.0
	const z = 7.0 / 2
	fmt.Println(x, y, z)
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const maxU = ^uint64(0)
	fmt.Println(maxU, maxU>>63)
	const neg = -5
	fmt.Println(neg%3, neg/3, -neg<<2)
	var u8 uint8 = 255 + 1 - 1
	fmt.Println(u8)
	const pi = 3.14159265358979323846264338327950288
	fmt.Printf("%.15f %.6f\n", pi, float32(pi))
	const mixed = 'x' * 2.5
	fmt.Println(mixed)
	const bigdiv = (1<<64 + 1) / 3
	fmt.Println(bigdiv)
	fmt.Println(len([Small * 2]int{}))
	const typed int16 = 1000
	fmt.Println(typed*30, typed/7)
}
