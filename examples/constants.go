// constants demonstrates const blocks and iota: enumerations with String
// methods, skipped values, bit flags with shifts, KB/MB sizes from iota
// expressions, typed vs untyped constants, exact untyped arithmetic on big
// constants, and constant expressions in array lengths.
package main

import (
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "---"
	}
	var parts []string
	names := []struct {
		bit  Perm
		name string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}, {Admin, "A"}}
	for _, n := range names {
		if p&n.bit != 0 {
			parts = append(parts, n.name)
		}
	}
	return strings.Join(parts, "")
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", float64(b))
}

const (
	a, b = iota * 10, iota + 100
	c, d
	e, f
)

const huge = 1 << 100
const ratio = huge >> 98 // 4, exact even though huge overflows int64
const third = 1.0 / 3
const greeting = "hi" + ", " + "there"

const boardSize = 3

type Board [boardSize * boardSize]byte

func main() {
	for d := Sunday; d <= Saturday+1; d++ {
		fmt.Printf("%d=%v weekend=%t  ", int(d), d, d.Weekend())
	}
	fmt.Println()
	fmt.Println(Friday, Weekday(3), Monday+2)

	fmt.Println(Read, Write, Exec, Admin, uint8(Admin))
	p := Read | Write
	fmt.Printf("%v %d %v\n", p, p, p|Exec|Admin)
	p &^= Write
	fmt.Println(p, p&Write == 0, Perm(0))

	for _, s := range []ByteSize{512, 1536, 5 * MB, 3.5 * GB, 2 * TB} {
		fmt.Print(s, " ")
	}
	fmt.Println()

	fmt.Println(a, b, c, d, e, f)
	fmt.Println(ratio, huge>>90, third, greeting, len(greeting))
	var small int8 = 100
	small += 27
	fmt.Println(small, small+1 < small) // wraps around to -128
	var u uint8 = 250
	u += 10
	fmt.Println(u, ^uint8(0), -7/2, -7%2, 7>>1, -8>>1)

	var board Board
	for i := range board {
		board[i] = '.'
	}
	board[4] = 'X'
	board[0] = 'O'
	for r := 0; r < boardSize; r++ {
		fmt.Println(string(board[r*boardSize : (r+1)*boardSize]))
	}
	fmt.Printf("%T %d %T %T\n", board, len(board), KB, third)
}
