package main

import (
	"fmt"
	"strconv"
	"strings"
)

type BitSet []uint64

func NewBitSet(n uint) BitSet { return make(BitSet, (n+63)>>6) }

func (b BitSet) Set(i uint)       { b[i>>6] |= 1 << (i & 63) }
func (b BitSet) Clear(i uint)     { b[i>>6] &^= 1 << (i & 63) }
func (b BitSet) Has(i uint) bool  { return b[i>>6]&(1<<(i&63)) != 0 }
func (b BitSet) Toggle(i uint)    { b[i>>6] ^= 1 << (i % 64) }

func popcount(x uint64) (n int) {
	for x != 0 {
		x &= x - 1
		n++
	}
	return
}

func (b BitSet) Count() int {
	n := 0
	for _, w := range b {
		n += popcount(w)
	}
	return n
}

func (b BitSet) String() string {
	var sb strings.Builder
	sb.WriteByte('{')
	first := true
	for i := range b {
		for j := uint(0); j < 64; j++ {
			if b.Has(uint(i)*64 + j) {
				if !first {
					sb.WriteByte(' ')
				}
				first = false
				sb.WriteString(strconv.Itoa(i*64 + int(j)))
			}
		}
	}
	sb.WriteByte('}')
	return sb.String()
}

type Bloom struct {
	bits BitSet
	m    uint32
	k    int
}

func fnv32(s string, seed uint32) uint32 {
	h := uint32(2166136261) ^ seed
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func djb2(s string) uint64 {
	var h uint64 = 5381
	for _, r := range s {
		h = h<<5 + h + uint64(r)
	}
	return h
}

func (bf *Bloom) Add(s string) {
	for i := 0; i < bf.k; i++ {
		bf.bits.Set(uint(fnv32(s, uint32(i)*0x9e3779b9) % bf.m))
	}
}

func (bf *Bloom) MayHave(s string) bool {
	for i := 0; i < bf.k; i++ {
		if !bf.bits.Has(uint(fnv32(s, uint32(i)*0x9e3779b9) % bf.m)) {
			return false
		}
	}
	return true
}

func widths() {
	var i8 int8 = 127
	var i16 int16 = 32767
	var i32 int32 = 2147483647
	var i64 int64 = 9223372036854775807
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var up uintptr = 1
	i8++
	i16++
	i32++
	i64++
	u8++
	u16++
	u32++
	u64++
	up--
	fmt.Println(i8, i16, i32, i64, u8, u16, u32, u64, up == ^uintptr(0))
	i8, i16, i32, i64 = -128, -32768, -2147483648, -9223372036854775808
	fmt.Println(-i8, -i16, -i32, -i64, i8/-1, i16/-1, i32/-1, i64/-1, i8%-1, i64%-1)
	fmt.Println(i8*i8, i16*3, i32*i32, i64*2)
	var s uint = 70
	one := 1
	fmt.Println(int8(one)<<7, int8(-1)>>s, uint8(200)>>s, int64(-5)>>2, int64(-5)/4, uint32(one)<<31<<1)
	fmt.Println(1<<s == 0, int32(-1)<<s, uint16(0xffff*one)<<4, int16(0x7fff*one)<<1)
	var x uint64 = 0xdeadbeefcafebabe
	fmt.Printf("%x %x %x %x\n", uint8(x), uint16(x), uint32(x), x>>40)
	fmt.Printf("%d %d %d %d\n", int8(x), int16(x), int32(x), int64(x))
	fmt.Printf("%b %o %X %#x\n", uint8(x)&^0xf0, uint16(x)|0x1000, x^(x>>1), x&-x)
	for _, sh := range []uint{0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 200} {
		fmt.Print(uint8(1)<<sh, " ", int16(-1)<<sh, " ", uint32(0x80000000)>>sh, " ", int64(-1)>>sh, "; ")
	}
	fmt.Println()
	var f = 3.99
	nf := -3.99
	fmt.Println(int(f), int(nf), uint8(f), int8(nf), int64(f*1e9), float32(f), float64(float32(0.1)))
	big := 1e19
	fmt.Println(uint64(big), int32(int64(big/1e10)))
	fmt.Println(strconv.Itoa(int(^uint(0)>>1)), strconv.Itoa(-1<<63))
	r := rune(0x10FFFF + 1)
	fmt.Println(string(r) == "\uFFFD", string(rune(-1)), len(string(rune(0x7ff))), []byte(string(rune(65))))
	fmt.Println(u8-1, u8^0xff, ^u8, ^i8, ^0, -u32, -u64)
}

type Flags uint16

const (
	FRead Flags = 1 << iota
	FWrite
	FExec
	_
	FHidden
	FAll = FRead | FWrite | FExec | FHidden
)

func (f Flags) String() string {
	if f == 0 {
		return "-"
	}
	names := [...]string{"r", "w", "x", "?", "h"}
	out := ""
	for i, n := range names {
		if f&(1<<i) != 0 {
			out += n
		}
	}
	if rest := f &^ FAll &^ (1 << 3); rest != 0 {
		out += fmt.Sprintf("+%#04x", uint16(rest))
	}
	return out
}

func main() {
	b := NewBitSet(130)
	for _, i := range []uint{0, 1, 63, 64, 65, 127, 128, 129} {
		b.Set(i)
	}
	b.Clear(64)
	b.Toggle(1)
	b.Toggle(2)
	fmt.Println(b, b.Count(), len(b), b.Has(129), b.Has(64))
	fmt.Printf("%v %x\n", []uint64(b), b[0])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.Set(200)
	}()

	bf := &Bloom{NewBitSet(512), 512, 3}
	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta iota kappa")
	for _, w := range words[:6] {
		bf.Add(w)
	}
	hits := 0
	for _, w := range words {
		if bf.MayHave(w) {
			hits++
		}
	}
	fmt.Println("bloom hits", hits, bf.bits.Count(), fnv32("alpha", 0), fnv32("", 7))
	fmt.Println(djb2("hello"), djb2("héllo wörld"), djb2(strings.Repeat("z", 40)))
	widths()
	fmt.Println(FRead, FWrite|FExec, FAll, Flags(0), Flags(0xff00|1), []Flags{1, 2, 4})
	fmt.Printf("%v %d %s %08b\n", FHidden, FHidden, FAll, FAll)
}
