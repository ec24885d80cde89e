// Every fmt verb, flag and width on values of every kind: nested structs,
// Stringer and error types, nil maps/slices/pointers/interfaces, %T of
// func and map types, argument errors, explicit argument indexes.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Point struct {
	X, Y int
}

type Node struct {
	Name  string
	Next  *Node
	Tags  []string
	Attrs map[string]int
}

type Wrapper struct {
	P    *Point
	I    interface{}
	E    error
	F    func(int) int
	M    map[string][]int
	Arr  [3]byte
	Temp Celsius
}

type Bits uint8

type Pair struct {
	a int
	b string
}

func verbsOnValue(name string, v interface{}) {
	fmt.Printf("%-8s|%v|%+v|%T|\n", name, v, v, v)
}

func main() {
	p := Point{1, -2}
	n2 := &Node{Name: "tail"}
	fmt.Println(n2.Name)
	n1 := Node{Name: "head", Next: nil, Tags: []string{"a", "b"}, Attrs: map[string]int{"z": 26, "a": 1, "m": 13}}
	verbsOnValue("point", p)
	verbsOnValue("ptrpt", &p)
	verbsOnValue("node", n1)
	verbsOnValue("celsius", Celsius(21.55))
	verbsOnValue("code", Code(7))
	verbsOnValue("bits", Bits(5))
	verbsOnValue("pair", Pair{3, "x"})
	verbsOnValue("nilmap", map[string]int(nil))
	verbsOnValue("nilsl", []int(nil))
	verbsOnValue("nilerr", error(nil))
	verbsOnValue("nilptr", (*Point)(nil))
	verbsOnValue("empty", struct{}{})
	verbsOnValue("arr", [2]bool{true, false})
	verbsOnValue("bytes", []byte("hi"))
	verbsOnValue("runes", []rune("hé"))
	verbsOnValue("mapsl", map[string][]int{"b": {2, 3}, "a": nil})
	verbsOnValue("mapint", map[int]string{3: "c", -1: "m", 2: "b"})
	verbsOnValue("nested", [][]string{{"x"}, {}, nil})
	w := Wrapper{P: &p, I: 42, E: Code(3), M: map[string][]int{"k": {1}}, Arr: [3]byte{1, 2, 255}, Temp: -3.25}
	fmt.Printf("%v\n", w.I)
	fmt.Printf("%+v\n", w.E)
	fmt.Printf("%v %v %v\n", w.M, w.Arr, w.Temp)
	fmt.Printf("%T %T %T\n", w.F, w.M, w.Arr)
	fmt.Printf("%T %T\n", verbsOnValue, main)
	fmt.Printf("%T|%T|%T\n", nil, errors.New("x"), &w)

	// Integers with flags and widths.
	for _, v := range []int{0, 7, -7, 255, -255, 1 << 40} {
		fmt.Printf("[%d][%5d][%-5d][%05d][%+d][% d][%x][%X][%#x][%o][%#o][%b][%08b]\n",
			v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	for _, v := range []uint8{0, 1, 128, 255} {
		fmt.Printf("%3d %#02x %c %q %U\n", v, v, rune(v)+'A', rune(v)+'0', rune(v))
	}
	fmt.Printf("%x %X % x %#x\n", "héllo", []byte("\x00\xff"), "abc", "abc")
	fmt.Printf("%q %+q %#q %q\n", "tab\there", "é☺", "back`tick", 'x')
	fmt.Printf("%q %q %q\n", '\n', rune(0x10FFFF), '\'')
	fmt.Printf("%c|%c|%c\n", 65, 0x263A, -1)
	fmt.Printf("%U %#U\n", 0x1F600, 'ä')

	// Floats.
	fs := []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e20, 123456789.0, 1e-7, 2.5e-5}
	for _, f := range fs {
		fmt.Printf("%v|%g|%e|%E|%f|%08.3f|%-10.2f|%+.1e|%G\n", f, f, f, f, f, f, f, f, f)
	}
	var f32 float32 = 0.1
	fmt.Printf("%v %g %.10f %T\n", f32, f32, f32, f32)
	fmt.Println(f32, float64(f32), 1e6, 1e-5, 100000000.0, 1e21)

	// Strings, widths, precision.
	s := "goscape"
	fmt.Printf("[%s][%10s][%-10s][%.3s][%10.2s][%-4.1s]\n", s, s, s, s, s, s)
	fmt.Printf("[%5t][%-6t][%v]\n", true, false, !true)
	fmt.Printf("[%*d][%-*d][%.*f]\n", 6, 42, 6, 42, 2, 3.14159)
	fmt.Printf("%6.2f%%\n", 99.5)

	// Argument errors.
	fmt.Printf("%d\n", "x")
	fmt.Printf("%s\n", 12)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x\n", 3.5)
	fmt.Printf("no verbs\n", "extra", 9)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%[2]d %[1]d\n", 10, 20)
	fmt.Printf("%[3]d\n", 1)
	fmt.Printf("%.2[1]f|%[1]*d\n", 3, 4)

	// Sprint spacing rules.
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, true))
	fmt.Print(1, 2, "x", "\n")
	fmt.Print("a", "b", 1, "\n")
	fmt.Println(fmt.Sprintln("x", 1) == "x 1\n")

	// Errors and Stringers in containers.
	errs := []error{Code(1), errors.New("plain"), nil}
	fmt.Println(errs)
	fmt.Printf("%v %s %d\n", errs[0], errs[0], errs[0])
	temps := map[string]Celsius{"x": 1, "y": 2.25}
	fmt.Println(temps)
	fmt.Printf("%v %d\n", []Celsius{1, 2}, []Code{4, 5})
	ptrs := []*Point{&p, nil}
	fmt.Printf("%v %+v\n", *ptrs[0], ptrs[1])
	var ip *int
	fmt.Println(ip == nil, fmt.Sprint(ip))
	fmt.Printf("%v %s\n", nil, nil)
	fmt.Printf("%d %v\n", []interface{}{1, "a", nil}, []interface{}{1, "a", nil})

	// %#v.
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v\n", []string{"a"})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", Pair{1, "q"})
	fmt.Printf("%#v %#v %#v\n", 42, "s", 1.0)
	fmt.Printf("%#v %#v\n", []interface{}{1, nil}, Celsius(2))
	fmt.Printf("%#v\n", struct {
		A []int
		B *int
	}{})

	var sb strings.Builder
	sb.WriteString("done")
	fmt.Println(sb.String())
	os.Exit(0)
}
