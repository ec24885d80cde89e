// Values of every size class, from one word to over a kilobyte, around
// the 32-byte boundary where code generation keeps them in memory, through
// calls, closures, methods, interfaces, defer, method values, results,
// phis, maps, comparison, boxing and range.
package main

import "fmt"

type B8 [8]byte

func setB8(x B8, v int) B8 {
	x[7] = byte(v)
	return x
}

func getB8(x B8) int { return int(x[7]) }

func (x B8) Get() int { return getB8(x) }

func (x *B8) Inc() { x[7]++ }

func twoB8(x B8, v int) (B8, int, B8) {
	return setB8(x, v), v, x
}

func testB8() {
	var z B8
	a := setB8(z, 3)
	b, n, c := twoB8(a, 5)
	fmt.Print("B8: ", getB8(a), getB8(b), n, getB8(c), " ")
	f := func(y B8) B8 { return setB8(y, getB8(y)+getB8(a)) }
	fmt.Print(getB8(f(b)), " ")
	var g Getter = b
	h := c.Get
	c.Inc()
	fmt.Print(g.Get(), h(), c.Get(), B8.Get(c), (*B8).Get(&c), " ")
	// A loop-carried value and a swap.
	p, q := a, b
	for i := 0; i < 3; i++ {
		p, q = q, setB8(p, getB8(p)+i)
	}
	fmt.Print(getB8(p), getB8(q), " ")
	fmt.Print(a == setB8(z, 3), a != b, interface{}(a) == interface{}(setB8(z, 3)), " ")
	m := map[B8]B8{a: b, b: c}
	m[c] = a
	v, ok := m[b]
	fmt.Print(len(m), getB8(m[a]), getB8(v), ok, " ")
	sum := 0
	for k, w := range m {
		sum += getB8(k) * getB8(w)
	}
	fmt.Print(sum, " ")
	e := interface{}(c)
	if y, ok := e.(B8); ok {
		fmt.Print(getB8(y), " ")
	}
	arr := [3]B8{a, b, c}
	for i, x := range arr {
		arr[2] = z
		sum += i * getB8(x)
	}
	fmt.Print(sum, " ")
	defer func(x B8) { fmt.Println("deferred", getB8(x)) }(c)
	defer g.Get()
	c = z
}

type I2 [2]int

func setI2(x I2, v int) I2 {
	x[1] = int(v)
	return x
}

func getI2(x I2) int { return int(x[1]) }

func (x I2) Get() int { return getI2(x) }

func (x *I2) Inc() { x[1]++ }

func twoI2(x I2, v int) (I2, int, I2) {
	return setI2(x, v), v, x
}

func testI2() {
	var z I2
	a := setI2(z, 3)
	b, n, c := twoI2(a, 5)
	fmt.Print("I2: ", getI2(a), getI2(b), n, getI2(c), " ")
	f := func(y I2) I2 { return setI2(y, getI2(y)+getI2(a)) }
	fmt.Print(getI2(f(b)), " ")
	var g Getter = b
	h := c.Get
	c.Inc()
	fmt.Print(g.Get(), h(), c.Get(), I2.Get(c), (*I2).Get(&c), " ")
	// A loop-carried value and a swap.
	p, q := a, b
	for i := 0; i < 3; i++ {
		p, q = q, setI2(p, getI2(p)+i)
	}
	fmt.Print(getI2(p), getI2(q), " ")
	fmt.Print(a == setI2(z, 3), a != b, interface{}(a) == interface{}(setI2(z, 3)), " ")
	m := map[I2]I2{a: b, b: c}
	m[c] = a
	v, ok := m[b]
	fmt.Print(len(m), getI2(m[a]), getI2(v), ok, " ")
	sum := 0
	for k, w := range m {
		sum += getI2(k) * getI2(w)
	}
	fmt.Print(sum, " ")
	e := interface{}(c)
	if y, ok := e.(I2); ok {
		fmt.Print(getI2(y), " ")
	}
	arr := [3]I2{a, b, c}
	for i, x := range arr {
		arr[2] = z
		sum += i * getI2(x)
	}
	fmt.Print(sum, " ")
	defer func(x I2) { fmt.Println("deferred", getI2(x)) }(c)
	defer g.Get()
	c = z
}

type S24 struct {
	A, B int
	C    string
}

func setS24(x S24, v int) S24 {
	x.B = int(v)
	return x
}

func getS24(x S24) int { return int(x.B) }

func (x S24) Get() int { return getS24(x) }

func (x *S24) Inc() { x.B++ }

func twoS24(x S24, v int) (S24, int, S24) {
	return setS24(x, v), v, x
}

func testS24() {
	var z S24
	a := setS24(z, 3)
	b, n, c := twoS24(a, 5)
	fmt.Print("S24: ", getS24(a), getS24(b), n, getS24(c), " ")
	f := func(y S24) S24 { return setS24(y, getS24(y)+getS24(a)) }
	fmt.Print(getS24(f(b)), " ")
	var g Getter = b
	h := c.Get
	c.Inc()
	fmt.Print(g.Get(), h(), c.Get(), S24.Get(c), (*S24).Get(&c), " ")
	// A loop-carried value and a swap.
	p, q := a, b
	for i := 0; i < 3; i++ {
		p, q = q, setS24(p, getS24(p)+i)
	}
	fmt.Print(getS24(p), getS24(q), " ")
	fmt.Print(a == setS24(z, 3), a != b, interface{}(a) == interface{}(setS24(z, 3)), " ")
	m := map[S24]S24{a: b, b: c}
	m[c] = a
	v, ok := m[b]
	fmt.Print(len(m), getS24(m[a]), getS24(v), ok, " ")
	sum := 0
	for k, w := range m {
		sum += getS24(k) * getS24(w)
	}
	fmt.Print(sum, " ")
	e := interface{}(c)
	if y, ok := e.(S24); ok {
		fmt.Print(getS24(y), " ")
	}
	arr := [3]S24{a, b, c}
	for i, x := range arr {
		arr[2] = z
		sum += i * getS24(x)
	}
	fmt.Print(sum, " ")
	defer func(x S24) { fmt.Println("deferred", getS24(x)) }(c)
	defer g.Get()
	c = z
}

type I4 [4]int

func setI4(x I4, v int) I4 {
	x[3] = int(v)
	return x
}

func getI4(x I4) int { return int(x[3]) }

func (x I4) Get() int { return getI4(x) }

func (x *I4) Inc() { x[3]++ }

func twoI4(x I4, v int) (I4, int, I4) {
	return setI4(x, v), v, x
}

func testI4() {
	var z I4
	a := setI4(z, 3)
	b, n, c := twoI4(a, 5)
	fmt.Print("I4: ", getI4(a), getI4(b), n, getI4(c), " ")
	f := func(y I4) I4 { return setI4(y, getI4(y)+getI4(a)) }
	fmt.Print(getI4(f(b)), " ")
	var g Getter = b
	h := c.Get
	c.Inc()
	fmt.Print(g.Get(), h(), c.Get(), I4.Get(c), (*I4).Get(&c), " ")
	// A loop-carried value and a swap.
	p, q := a, b
	for i := 0; i < 3; i++ {
		p, q = q, setI4(p, getI4(p)+i)
	}
	fmt.Print(getI4(p), getI4(q), " ")
	fmt.Print(a == setI4(z, 3), a != b, interface{}(a) == interface{}(setI4(z, 3)), " ")
	m := map[I4]I4{a: b, b: c}
	m[c] = a
	v, ok := m[b]
	fmt.Print(len(m), getI4(m[a]), getI4(v), ok, " ")
	sum := 0
	for k, w := range m {
		sum += getI4(k) * getI4(w)
	}
	fmt.Print(sum, " ")
	e := interface{}(c)
	if y, ok := e.(I4); ok {
		fmt.Print(getI4(y), " ")
	}
	arr := [3]I4{a, b, c}
	for i, x := range arr {
		arr[2] = z
		sum += i * getI4(x)
	}
	fmt.Print(sum, " ")
	defer func(x I4) { fmt.Println("deferred", getI4(x)) }(c)
	defer g.Get()
	c = z
}

type B33 [33]byte

func setB33(x B33, v int) B33 {
	x[32] = byte(v)
	return x
}

func getB33(x B33) int { return int(x[32]) }

func (x B33) Get() int { return getB33(x) }

func (x *B33) Inc() { x[32]++ }

func twoB33(x B33, v int) (B33, int, B33) {
	return setB33(x, v), v, x
}

func testB33() {
	var z B33
	a := setB33(z, 3)
	b, n, c := twoB33(a, 5)
	fmt.Print("B33: ", getB33(a), getB33(b), n, getB33(c), " ")
	f := func(y B33) B33 { return setB33(y, getB33(y)+getB33(a)) }
	fmt.Print(getB33(f(b)), " ")
	var g Getter = b
	h := c.Get
	c.Inc()
	fmt.Print(g.Get(), h(), c.Get(), B33.Get(c), (*B33).Get(&c), " ")
	// A loop-carried value and a swap.
	p, q := a, b
	for i := 0; i < 3; i++ {
		p, q = q, setB33(p, getB33(p)+i)
	}
	fmt.Print(getB33(p), getB33(q), " ")
	fmt.Print(a == setB33(z, 3), a != b, interface{}(a) == interface{}(setB33(z, 3)), " ")
	m := map[B33]B33{a: b, b: c}
	m[c] = a
	v, ok := m[b]
	fmt.Print(len(m), getB33(m[a]), getB33(v), ok, " ")
	sum := 0
	for k, w := range m {
		sum += getB33(k) * getB33(w)
	}
	fmt.Print(sum, " ")
	e := interface{}(c)
	if y, ok := e.(B33); ok {
		fmt.Print(getB33(y), " ")
	}
	arr := [3]B33{a, b, c}
	for i, x := range arr {
		arr[2] = z
		sum += i * getB33(x)
	}
	fmt.Print(sum, " ")
	defer func(x B33) { fmt.Println("deferred", getB33(x)) }(c)
	defer g.Get()
	c = z
}

type M40 struct {
	A [4]int
	B byte
}

func setM40(x M40, v int) M40 {
	x.A[3] = int(v)
	return x
}

func getM40(x M40) int { return int(x.A[3]) }

func (x M40) Get() int { return getM40(x) }

func (x *M40) Inc() { x.A[3]++ }

func twoM40(x M40, v int) (M40, int, M40) {
	return setM40(x, v), v, x
}

func testM40() {
	var z M40
	a := setM40(z, 3)
	b, n, c := twoM40(a, 5)
	fmt.Print("M40: ", getM40(a), getM40(b), n, getM40(c), " ")
	f := func(y M40) M40 { return setM40(y, getM40(y)+getM40(a)) }
	fmt.Print(getM40(f(b)), " ")
	var g Getter = b
	h := c.Get
	c.Inc()
	fmt.Print(g.Get(), h(), c.Get(), M40.Get(c), (*M40).Get(&c), " ")
	// A loop-carried value and a swap.
	p, q := a, b
	for i := 0; i < 3; i++ {
		p, q = q, setM40(p, getM40(p)+i)
	}
	fmt.Print(getM40(p), getM40(q), " ")
	fmt.Print(a == setM40(z, 3), a != b, interface{}(a) == interface{}(setM40(z, 3)), " ")
	m := map[M40]M40{a: b, b: c}
	m[c] = a
	v, ok := m[b]
	fmt.Print(len(m), getM40(m[a]), getM40(v), ok, " ")
	sum := 0
	for k, w := range m {
		sum += getM40(k) * getM40(w)
	}
	fmt.Print(sum, " ")
	e := interface{}(c)
	if y, ok := e.(M40); ok {
		fmt.Print(getM40(y), " ")
	}
	arr := [3]M40{a, b, c}
	for i, x := range arr {
		arr[2] = z
		sum += i * getM40(x)
	}
	fmt.Print(sum, " ")
	defer func(x M40) { fmt.Println("deferred", getM40(x)) }(c)
	defer g.Get()
	c = z
}

type F8 [8]float64

func setF8(x F8, v int) F8 {
	x[7] = float64(v)
	return x
}

func getF8(x F8) int { return int(x[7]) }

func (x F8) Get() int { return getF8(x) }

func (x *F8) Inc() { x[7]++ }

func twoF8(x F8, v int) (F8, int, F8) {
	return setF8(x, v), v, x
}

func testF8() {
	var z F8
	a := setF8(z, 3)
	b, n, c := twoF8(a, 5)
	fmt.Print("F8: ", getF8(a), getF8(b), n, getF8(c), " ")
	f := func(y F8) F8 { return setF8(y, getF8(y)+getF8(a)) }
	fmt.Print(getF8(f(b)), " ")
	var g Getter = b
	h := c.Get
	c.Inc()
	fmt.Print(g.Get(), h(), c.Get(), F8.Get(c), (*F8).Get(&c), " ")
	// A loop-carried value and a swap.
	p, q := a, b
	for i := 0; i < 3; i++ {
		p, q = q, setF8(p, getF8(p)+i)
	}
	fmt.Print(getF8(p), getF8(q), " ")
	fmt.Print(a == setF8(z, 3), a != b, interface{}(a) == interface{}(setF8(z, 3)), " ")
	m := map[F8]F8{a: b, b: c}
	m[c] = a
	v, ok := m[b]
	fmt.Print(len(m), getF8(m[a]), getF8(v), ok, " ")
	sum := 0
	for k, w := range m {
		sum += getF8(k) * getF8(w)
	}
	fmt.Print(sum, " ")
	e := interface{}(c)
	if y, ok := e.(F8); ok {
		fmt.Print(getF8(y), " ")
	}
	arr := [3]F8{a, b, c}
	for i, x := range arr {
		arr[2] = z
		sum += i * getF8(x)
	}
	fmt.Print(sum, " ")
	defer func(x F8) { fmt.Println("deferred", getF8(x)) }(c)
	defer g.Get()
	c = z
}

type I128 [128]int

func setI128(x I128, v int) I128 {
	x[127] = int(v)
	return x
}

func getI128(x I128) int { return int(x[127]) }

func (x I128) Get() int { return getI128(x) }

func (x *I128) Inc() { x[127]++ }

func twoI128(x I128, v int) (I128, int, I128) {
	return setI128(x, v), v, x
}

func testI128() {
	var z I128
	a := setI128(z, 3)
	b, n, c := twoI128(a, 5)
	fmt.Print("I128: ", getI128(a), getI128(b), n, getI128(c), " ")
	f := func(y I128) I128 { return setI128(y, getI128(y)+getI128(a)) }
	fmt.Print(getI128(f(b)), " ")
	var g Getter = b
	h := c.Get
	c.Inc()
	fmt.Print(g.Get(), h(), c.Get(), I128.Get(c), (*I128).Get(&c), " ")
	// A loop-carried value and a swap.
	p, q := a, b
	for i := 0; i < 3; i++ {
		p, q = q, setI128(p, getI128(p)+i)
	}
	fmt.Print(getI128(p), getI128(q), " ")
	fmt.Print(a == setI128(z, 3), a != b, interface{}(a) == interface{}(setI128(z, 3)), " ")
	m := map[I128]I128{a: b, b: c}
	m[c] = a
	v, ok := m[b]
	fmt.Print(len(m), getI128(m[a]), getI128(v), ok, " ")
	sum := 0
	for k, w := range m {
		sum += getI128(k) * getI128(w)
	}
	fmt.Print(sum, " ")
	e := interface{}(c)
	if y, ok := e.(I128); ok {
		fmt.Print(getI128(y), " ")
	}
	arr := [3]I128{a, b, c}
	for i, x := range arr {
		arr[2] = z
		sum += i * getI128(x)
	}
	fmt.Print(sum, " ")
	defer func(x I128) { fmt.Println("deferred", getI128(x)) }(c)
	defer g.Get()
	c = z
}

type N2 [2]M40

func setN2(x N2, v int) N2 {
	x[1].A[3] = int(v)
	return x
}

func getN2(x N2) int { return int(x[1].A[3]) }

func (x N2) Get() int { return getN2(x) }

func (x *N2) Inc() { x[1].A[3]++ }

func twoN2(x N2, v int) (N2, int, N2) {
	return setN2(x, v), v, x
}

func testN2() {
	var z N2
	a := setN2(z, 3)
	b, n, c := twoN2(a, 5)
	fmt.Print("N2: ", getN2(a), getN2(b), n, getN2(c), " ")
	f := func(y N2) N2 { return setN2(y, getN2(y)+getN2(a)) }
	fmt.Print(getN2(f(b)), " ")
	var g Getter = b
	h := c.Get
	c.Inc()
	fmt.Print(g.Get(), h(), c.Get(), N2.Get(c), (*N2).Get(&c), " ")
	// A loop-carried value and a swap.
	p, q := a, b
	for i := 0; i < 3; i++ {
		p, q = q, setN2(p, getN2(p)+i)
	}
	fmt.Print(getN2(p), getN2(q), " ")
	fmt.Print(a == setN2(z, 3), a != b, interface{}(a) == interface{}(setN2(z, 3)), " ")
	m := map[N2]N2{a: b, b: c}
	m[c] = a
	v, ok := m[b]
	fmt.Print(len(m), getN2(m[a]), getN2(v), ok, " ")
	sum := 0
	for k, w := range m {
		sum += getN2(k) * getN2(w)
	}
	fmt.Print(sum, " ")
	e := interface{}(c)
	if y, ok := e.(N2); ok {
		fmt.Print(getN2(y), " ")
	}
	arr := [3]N2{a, b, c}
	for i, x := range arr {
		arr[2] = z
		sum += i * getN2(x)
	}
	fmt.Print(sum, " ")
	defer func(x N2) { fmt.Println("deferred", getN2(x)) }(c)
	defer g.Get()
	c = z
}

type Getter interface{ Get() int }

func main() {
	testB8()
	testI2()
	testS24()
	testI4()
	testB33()
	testM40()
	testF8()
	testI128()
	testN2()
}
