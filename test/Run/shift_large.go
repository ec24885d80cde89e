// Shifts by counts at and beyond the operand width, signed right shifts of
// negative values, shifts with variable counts of various unsigned types.
package main

import "fmt"

func main() {
	var counts = []uint{0, 1, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, 200}
	for _, c := range counts {
		var i8 int8 = -3
		var u8 uint8 = 0xF0
		var i32 int32 = -12345
		var u32 uint32 = 0xDEADBEEF
		var i64 int64 = -1
		var u64 uint64 = 1
		fmt.Println(c, i8<<c, i8>>c, u8<<c, u8>>c, i32>>c, u32<<c, u32>>c, i64>>c, i64<<c, u64<<c)
	}
	var s8 uint8 = 250
	x := 1
	fmt.Println(x<<s8, -7>>1, -7/2)
	var big uint64 = 1 << 40
	fmt.Println(1<<big == 0, int64(-8)>>big)
	y := int16(-32768)
	fmt.Println(y>>15, y>>16, y<<1)
	var sh int = 3
	fmt.Println(100>>sh, 100<<sh, uint8(100)<<sh)
	var mask uint32
	for i := uint(0); i < 40; i += 5 {
		mask |= 1 << i
	}
	fmt.Printf("%032b\n", mask)
	const c = 1 << 100 >> 98
	fmt.Println(c)
	var f float64 = 1 << 10
	fmt.Println(f)
}
