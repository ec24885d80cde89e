// Constant declarations with iota: skipped values, expressions, typed
// constants with methods, bit flags and byte sizes.
package main

import "fmt"

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

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	_
	FlagExec
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

const (
	x0 = "s"
	x1
	x2 = iota + 100
	x3
)

func main() {
	fmt.Println(Sunday, Wednesday, Saturday, int(Saturday))
	fmt.Printf("%v %d %s\n", Friday, Friday, Monday)
	var fl = FlagRead | FlagExec
	fmt.Println(FlagRead, FlagWrite, FlagExec, fl, fl&FlagWrite != 0, fl&FlagExec != 0)
	fmt.Println(KB, MB, GB, TB, TB/GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, x3)
	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	const huge = 1 << 100
	fmt.Println(huge>>90, huge/(1<<95))
	fmt.Printf("%T %T %T\n", KB, Monday, FlagExec)
}
