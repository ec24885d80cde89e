// Conversions: numeric between all widths and floats, named types,
// string <-> []byte / []rune, string(int-kind rune), pointer and func types.
package main

import "fmt"

type Meters float64
type Feet float64
type ID int32
type Name string
type Bytes []byte
type IntFn func(int) int
type Celsius struct{ V float64 }
type Kelvin struct{ V float64 }

func double(x int) int { return x * 2 }

func main() {
	m := Meters(100)
	f := Feet(m * 3.28084)
	fmt.Printf("%.2f %T %T\n", f, f, m)
	id := ID(70000)
	fmt.Println(int16(id), uint8(id), float32(id), ID(-id))
	n := Name("gopher")
	bs := Bytes(n)
	bs[0] = 'G'
	fmt.Println(n, string(bs), Name(bs), len(bs))
	rs := []rune(n)
	rs[0] = 'Ĝ'
	fmt.Println(string(rs), len(string(rs)))
	var fn IntFn = double
	fmt.Println(fn(21), IntFn(double)(5))
	c := Celsius{36.6}
	k := Kelvin(c)
	k.V += 273.15
	fmt.Printf("%.2f %+v\n", k.V, c)
	floats := []float64{-1.9, -0.5, 0.5, 1.5, 2.9999, 1e10, -1e10}
	for _, x := range floats {
		fmt.Print(int64(x), " ", int32(int64(x)), " ", float32(x), "; ")
	}
	fmt.Println()
	var u8 uint8 = 200
	var i8 = int8(u8)
	fmt.Println(i8, uint16(i8), int(i8), uint64(i8))
	var big uint64 = 1<<64 - 1
	fmt.Println(float64(big), int64(big), uint32(big))
	f32 := float32(1) / 3
	fmt.Println(f32, float64(f32), float32(float64(f32)))
	var r rune = 'é'
	fmt.Println(string(r), byte(r), string(byte(r)), string(rune(byte(r))))
	ptr := &id
	type IDPtr *ID
	var ip IDPtr = ptr
	*ip = 5
	fmt.Println(id)
	var x interface{} = m
	if mm, ok := x.(Meters); ok {
		fmt.Println("meters", float64(mm))
	}
	if _, ok := x.(float64); !ok {
		fmt.Println("not float64")
	}
	bb := []byte{}
	fmt.Println(string(bb) == "", []byte("") != nil, len([]rune("")))
	hex := "0123456789abcdef"
	v := uint32(0xCAFEBABE)
	out := make([]byte, 8)
	for i := 7; i >= 0; i-- {
		out[i] = hex[v&0xF]
		v >>= 4
	}
	fmt.Println(string(out))
}
