// Arbitrary-precision natural numbers as little-endian base-10^9 limbs:
// addition, multiplication by small and big numbers, factorials, powers
// of two, and digit sums.
package main

import (
	"fmt"
	"strings"
)

const base = 1000000000

type Nat []uint32

func fromInt(n uint64) Nat {
	var z Nat
	for n > 0 {
		z = append(z, uint32(n%base))
		n /= base
	}
	return z
}

func (x Nat) Add(y Nat) Nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	z := make(Nat, 0, len(x)+1)
	var carry uint64
	for i := range x {
		s := uint64(x[i]) + carry
		if i < len(y) {
			s += uint64(y[i])
		}
		z = append(z, uint32(s%base))
		carry = s / base
	}
	if carry > 0 {
		z = append(z, uint32(carry))
	}
	return z
}

func (x Nat) Mul(y Nat) Nat {
	if len(x) == 0 || len(y) == 0 {
		return nil
	}
	acc := make([]uint64, len(x)+len(y))
	for i, a := range x {
		var carry uint64
		for j, b := range y {
			t := acc[i+j] + uint64(a)*uint64(b) + carry
			acc[i+j] = t % base
			carry = t / base
		}
		k := i + len(y)
		for carry > 0 {
			t := acc[k] + carry
			acc[k] = t % base
			carry = t / base
			k++
		}
	}
	z := make(Nat, len(acc))
	for i, v := range acc {
		z[i] = uint32(v)
	}
	for len(z) > 0 && z[len(z)-1] == 0 {
		z = z[:len(z)-1]
	}
	return z
}

func (x Nat) String() string {
	if len(x) == 0 {
		return "0"
	}
	var b strings.Builder
	b.WriteString(fmt.Sprint(x[len(x)-1]))
	for i := len(x) - 2; i >= 0; i-- {
		b.WriteString(fmt.Sprintf("%09d", x[i]))
	}
	return b.String()
}

func digitSum(s string) int {
	n := 0
	for _, c := range s {
		n += int(c - '0')
	}
	return n
}

func main() {
	f := fromInt(1)
	for i := uint64(2); i <= 50; i++ {
		f = f.Mul(fromInt(i))
	}
	fmt.Println("50! =", f)
	p := fromInt(1)
	for i := 0; i < 200; i++ {
		p = p.Add(p)
	}
	fmt.Println("2^200 =", p)
	a, b := fromInt(0), fromInt(1)
	for i := 0; i < 300; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(300) =", a)
	s := f.Mul(p).String()
	fmt.Println(len(s), "digits, digit sum", digitSum(s))
	h := fromInt(1)
	for i := uint64(1); i <= 100; i++ {
		h = h.Mul(fromInt(i))
	}
	fmt.Println("100! digit sum:", digitSum(h.String()), "zero:", Nat(nil), fromInt(0).Mul(h))
}
