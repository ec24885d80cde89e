// fmt verbs %v %+v %#v-free %T %q %x %X on nested structs, maps, slices,
// pointers to structs, nil values, and byte slices.
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	Tags  map[string]int
	Err   error
	Any   interface{}
	Bytes []byte
}

type Celsius float64

type Flags uint8

func main() {
	in := Inner{7, "seven"}
	o := Outer{
		Name:  "outer",
		In:    in,
		List:  []Inner{{1, "a"}, {2, "b"}},
		Tags:  map[string]int{"z": 26, "a": 1, "m": 13},
		Any:   []int{1, 2},
		Bytes: []byte("hi"),
	}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%T\n", o)
	fmt.Printf("%v %+v\n", &in, &in)
	fmt.Printf("%T %T %T %T\n", &in, o.List, o.Tags, o.Any)
	fmt.Printf("%q\n", []string{"a b", "c\"d", "é\n"})
	fmt.Printf("%q %q %q\n", 'x', '\n', 0x1F600)
	fmt.Printf("%x %X %x\n", "hello", []byte("hi!"), 255)
	fmt.Printf("% x|%#x|%#X|%#o|%b\n", []byte{1, 171, 255}, 48879, 48879, 8, 5)
	fmt.Printf("%v %d %s\n", o.Bytes, o.Bytes, o.Bytes)
	fmt.Printf("%v %v\n", Celsius(36.6), Flags(3))
	fmt.Printf("%v|%+v|%s\n", nil, o.Err, o.Err)
	var ip *int
	var m map[string]int
	var sl []int
	fmt.Printf("%v %v %v %d\n", ip == nil, m, sl, len(sl))
	fmt.Println(o.Tags, o.List, [2]bool{true})
	fmt.Printf("%v\n", map[Inner]bool{{1, "x"}: true, {0, "y"}: false})
	fmt.Printf("%v\n", [][]string{{"a"}, {}, nil, {"b", "c"}})
	fmt.Printf("%d\n", []int8{-1, 2})
	fmt.Printf("%x\n", []int{10, 255})
	fmt.Printf("%s\n", []string{"x", "y"})
	fmt.Printf("%5.2f|%-8s|%08.3f|%+d|% d\n", 3.14159, "ab", -2.5, 5, 7)
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%c%c%c\n", 'G', 'o', 0x4E16)
	fmt.Printf("%U\n", 0x1F600)
	fmt.Printf("%e %E %g %G\n", 123456.789, 0.000123, 1e21, 1e-7)
	fmt.Printf("%6.3v|%.0f|%.1f\n", 3.14159, 2.5, 0.05)
	fmt.Printf("%!|%z|%d\n", 1)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("extra %d\n", 1, 2)
}
