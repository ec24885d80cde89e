package main

import (
	"errors"
	"fmt"
)

type P struct{ X, Y int }

func (p *P) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprint("E", e.code) }

type W struct {
	Err  error
	Name fmt.Stringer
	N    *int
}

type Boom struct{}

func (Boom) String() string { panic("boom") }

type BoomErr struct{}

func (BoomErr) Error() string { panic(errors.New("inner")) }

func main() {
	var ep *E
	var pp *P
	fmt.Printf("%v|%+v|%s|%d\n", W{}, W{Err: ep, Name: pp}, W{}, W{})
	fmt.Printf("%v %s\n", ep, pp)
	fmt.Printf("[%v] [%s] [%d]\n", Boom{}, BoomErr{}, Boom{})
	fmt.Println(Boom{}, BoomErr{})
	fmt.Printf("%[2]d %[1]d %[2]*[1]d|%[3]v %v\n", 1, 2, "x")
	fmt.Printf("%[5]d %[0]d %[x]d\n", 1)
	fmt.Printf("%-08d|%+08d|% 08d|%08x|%-8x|\n", 42, 42, 42, -42, -42)
	fmt.Printf("%x %X %#x %b %o %O\n", 255.5, 1e-3, 3.0, 2.0, -8, 8)
	fmt.Printf("%e %E %.3g %g %g %.0e\n", float32(1.5), 123456.789, 1234567.0, 1e-5, float32(0.1), 5.5)
	fmt.Printf("%08.3s|%-6.2s|%.0s|%6q|%#q|%+q\n", "abcdef", "xyz", "gone", "a", "back`tick", "héllo")
	fmt.Printf("%#q %#q %U %#U %c %c\n", "plain", "new\nline", -1, 0x110000, 0x110000, -5)
	fmt.Printf("%t %t %s %d\n", 1, "x", []int{1, 2}, []string{"a"})
	fmt.Printf("%6.2f|%-5d|%3v|%q\n", []float64{1, 2.345}, []int{7, 8}, [2]bool{true, false}, []interface{}{"a", 1, 'b'})
	var nm map[string]int
	var ns []int
	var ni interface{}
	fmt.Println(nm, ns, ni, len(nm), ns == nil)
	fmt.Printf("%v %d %s %+v %#v %#v %#v\n", nm, ns, ni, nm, nm, ns, ni)
	fmt.Printf("%#v %#v %#v %#v\n", P{1, 2}, &W{}, []*int{nil}, struct{ A []string }{})
	fmt.Printf("%v %v\n", errors.New("plain"), fmt.Errorf("wrap %w and %w", ep, ep))
	fmt.Printf("%w\n", errors.New("not errorf"))
	fmt.Println(fmt.Errorf("no wrap %d", 3), fmt.Errorf("%w", nil), fmt.Errorf("bad %w", "str"))
	fmt.Printf("%v %.2v %10.3v|\n", 1.0/3, 2.0/3, "abcdef")
	fmt.Printf("%x % X %#x %# x\n", "hi", []byte("hi"), "hi", "hi")
	fmt.Printf("%5.1f%%|%%d|%c%c\n", 99.44, 'o', 'k')
	fmt.Printf("%v|%v|%v|%v\n", int8(-1), uint8(200), uintptr(10), 'x')
	fmt.Printf("%08.3f|%+.2e|%x|%X\n", -3.14159, 0.000123, -255, uint16(65535))
	fmt.Print("a", "b", 1, 2, true, "c", nil, 3.0, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(fmt.Sprint(), fmt.Sprintln(), fmt.Sprintf(""))
}
