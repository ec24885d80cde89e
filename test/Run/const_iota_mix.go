// iota in typed and multi-name groups, exact untyped constant
// arithmetic, constant string lengths as array sizes, typed constant
// wrap-around at run time, literal forms.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	}
	return fmt.Sprintf("Day(%d)", int(d))
}

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
)

const (
	a, b = iota, iota * 2
	c, d
	e, f = "e", len(e) + iota
)

const third = 1.0 / 3
const huge = 1 << 100
const precise = huge / (huge - 1)
const str = "héllo"
const strLen = len(str)
const typedStr string = "t"
const r = 'a' + 1
const mask = ^uint8(0)
const neg = -1
const shifted = 1 << 62 >> 60

type Color string

const (
	Red   Color = "red"
	Green Color = "green"
)

var arr [strLen]int
var arr2 [len("ab") * 2]bool

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Printf("%d %v %T\n", Thursday, Thursday, Thursday)
	fmt.Println(KB, MB, GB, TB, PB, EB, EB/KB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(third, float32(third), third*3 == 1, precise, huge>>98)
	fmt.Println(str, strLen, len(arr), len(arr2), typedStr+"x", r, string(rune(r)))
	fmt.Println(mask, neg, shifted, uint32(1<<32-1), int8(-128), uint64(1<<63))
	fmt.Println(7/2, 7/2.0, 7.0/2, -7/2, -7%3, 7%-3, 1e3, 1e300*1e-300)
	fmt.Println(Red, Green+"ish", Color("x") < Red, len(Green))
	var x uint8 = mask
	x += 2
	var y int8 = 127
	y += neg + 2
	fmt.Println(x, y)
	const big = 1e40
	fmt.Println(big/1e38, float32(big/1e30), int64(big/1e22))
	var f32 float32 = 1 << 24
	fmt.Println(f32+1, float64(f32)+1, 0.1+0.2 == 0.3, float32(0.1)+float32(0.2))
	v1, v2 := 0.1, 0.2
	fmt.Println(v1+v2 == 0.3, v1+v2)
	fmt.Printf("%v %.20f %g\n", third, third, float32(third))
	fmt.Println(1<<10, 1.5e3, 0x1Fp-2, 0o777, 0b1011, 1_000.000_1, 'a', '\x41', '\u263a', "\u263a\U0001F600\x41\101\a\b\f\v")
	const c1 = 'x' - 'a'
	fmt.Printf("%T %v %T %v\n", c1, c1, 'x', 'x'*2)
	type small int8
	const s small = 10
	fmt.Println(s*12, -s*12)
	var i int = 1
	fmt.Println(i<<63, i<<63>>63, uint(i)<<63>>63, -i>>1)
	fmt.Println(len([10]int{}), cap([3]string{}), len([...]int{5: 1, 2}), [...]string{2: "c", 0: "a"})
	days := [...]Weekday{Monday, Sunday, Thursday}
	fmt.Println(days, len(days))
	fmt.Printf("%v %d %s\n", days, days, days)
}
