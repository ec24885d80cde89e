package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type SKU uint32

func (s SKU) String() string { return fmt.Sprintf("SKU-%06X", uint32(s)) }

type Money float64

type Dim struct {
	W, H, D float32
}

type Product struct {
	ID    SKU
	Name  string
	Price Money
	Qty   int16
	Tags  []string
	Dim   *Dim
	Meta  map[string]interface{}
	flag  bool
}

type Status uint8

const (
	InStock Status = 1 << iota
	LowStock
	Discontinued
	Backorder
)

func (s Status) String() string {
	var names []string
	for i, n := range []string{"in", "low", "disc", "back"} {
		if s&(1<<uint(i)) != 0 {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, "|")
}

type Celsius float64

func (c Celsius) Format() string { return fmt.Sprintf("%.1f", float64(c)) + "C" }

type errNeg struct{ q int16 }

func (e errNeg) Error() string { return "negative quantity " + strconv.Itoa(int(e.q)) }

func status(p Product) (Status, error) {
	var s Status
	if p.Qty < 0 {
		return 0, errNeg{p.Qty}
	}
	if p.Qty > 0 {
		s |= InStock
	}
	if p.Qty > 0 && p.Qty < 5 {
		s |= LowStock
	}
	for _, t := range p.Tags {
		if t == "eol" {
			s |= Discontinued
		}
		if t == "bo" {
			s |= Backorder
		}
	}
	return s, nil
}

func main() {
	products := []Product{
		{ID: 0xBEEF, Name: "Widget", Price: 3.5, Qty: 12, Tags: []string{"new", "hot"}, Dim: &Dim{1, 2.5, 3}},
		{ID: 42, Name: "Gadget with a very long name", Price: 1234.567, Qty: 3, Tags: nil, Meta: map[string]interface{}{"color": "red", "rev": 2, "ok": true}},
		{ID: 7, Name: "Ünïcødé ☃", Price: 0.005, Qty: 0, Tags: []string{"eol"}},
		{ID: 0xFFFFFF, Name: "", Price: -2, Qty: -4, Tags: []string{"bo", "eol"}},
		{ID: 99, Name: "tab\there", Price: 1e9, Qty: 32767, flag: true},
	}
	sort.Slice(products, func(i, j int) bool { return products[i].Price < products[j].Price })

	fmt.Printf("%-12s|%-14s|%10s|%6s|%-10s\n", "sku", "name", "price", "qty", "status")
	fmt.Println(strings.Repeat("=", 58))
	var total Money
	for _, p := range products {
		st, err := status(p)
		stS := st.String()
		if err != nil {
			stS = "ERR"
		}
		fmt.Printf("%-12v|%-14.14s|%10.2f|%+6d|%-10s\n", p.ID, p.Name, p.Price, p.Qty, stS)
		if err != nil {
			fmt.Printf("  error: %v (%T) %q\n", err, err, err)
		}
		total += p.Price * Money(p.Qty)
	}
	fmt.Printf("total=%.3f %e %g %G\n", total, total, total, float64(total)*1e-30)

	fmt.Println("--- verbs")
	p := products[2]
	fmt.Printf("%v\n", p.Dim)
	fmt.Printf("%+v\n", *p.Dim)
	fmt.Printf("%#v\n", *p.Dim)
	fmt.Printf("%T %T %T %T\n", p, p.Dim, p.Meta, p.Tags)
	fmt.Printf("%v %d %x %X %o %b\n", p.ID, p.ID, p.ID, p.ID, p.ID, uint8(p.ID))
	fmt.Printf("[%5s][%-5s][%.2s][%5.1s][%q][%x][% x][%X]\n", "ab", "ab", "abc", "xyz", "a\"b\n", "hi", "hi!", "hi")
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d][%x][%#x][%#o][%08b]\n", 42, 42, 42, 42, 42, -255, 255, 8, 5)
	fmt.Printf("[%8.3f][%-8.2f][%+.1e][%08.2f][%.0f][%g][%g]\n", 3.14159, 2.5, 12345.678, -3.5, 2.5, 1e21, 1e-7)
	fmt.Printf("[%c][%q][%U][%#U][%x]\n", 'λ', 'λ', 'λ', '⌘', "λ")
	fmt.Printf("[%t][%v][%5t]\n", true, false, true)
	fmt.Printf("[%v][%d][%s]\n", []int{1, 2}, []int8{-1, 2}, []string{"a", "b"})
	fmt.Printf("[%q][%x][%v]\n", []string{"x y", "z"}, []byte("AZ"), [3]bool{true})
	fmt.Printf("[%v][%+v]\n", map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "m"})
	fmt.Printf("[%v][%#v]\n", products[4].Meta, []interface{}{1, "a", nil, 2.5})
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 7, 4, 8, 2, 3.14159)
	fmt.Printf("%v %v\n", Celsius(21.55).Format(), Celsius(-0.04))
	fmt.Printf("%6.2v|%v|%v\n", 3.14159, float32(0.1), 100000000.0)
	fmt.Printf("%s|%v|%d\n", InStock|Backorder, Status(0), LowStock)
	fmt.Printf("%v|%s\n", error(errNeg{-1}), errNeg{-2})
	fmt.Printf("%x|%X|% X\n", "héllo", []byte{1, 171, 255}, []byte{1, 171})
	fmt.Printf("%10.4q|%-10q|\n", "abcdefgh", "x")
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("%v %v %v\n", int8(-128), uint64(18446744073709551615), int64(-9223372036854775808))
	fmt.Printf("%x %X %o\n", int8(-128), int16(-1), int32(-8))
	var np *Dim
	var ni interface{}
	var ne error
	fmt.Printf("%v %v %v %+v\n", np, ni, ne, ni)
	fmt.Printf("%s %d\n", ni, ne)
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, true)
	fmt.Println(s, len(s))
	s = fmt.Sprintln("a", 1, 2, "b")
	fmt.Print(s)
	fmt.Print(1, 2, "x", 3, "\n")
	fmt.Println(fmt.Sprintf("%08.3f|%-8.3f|%+08d", -1.5, 1.5, 7))
	fmt.Println(fmt.Sprintf("%#v %#v %#v", "q", 'x', uint(3)))
	fmt.Println(fmt.Sprintf("%#v", map[string]bool{"z": true, "a": false}))
	fmt.Println(fmt.Sprintf("%v", struct {
		A int
		B []string
		C *int
		D interface{}
	}{1, []string{"x"}, nil, 2}))
}
