// Pointers: new, address of locals (which survive the function), pointer
// to pointer, pointers to array and struct elements, swapping.
package main

import "fmt"

func swap(a, b *int) { *a, *b = *b, *a }

func counter() *int {
	x := 0
	return &x
}

func setVia(pp **int, v int) { **pp = v }

type node struct {
	val  int
	next *node
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	c := counter()
	*c += 5
	d := counter()
	*d += 1
	fmt.Println(*c, *d, c == d)
	p := new(int)
	pp := &p
	setVia(pp, 42)
	fmt.Println(*p, **pp)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	s := []int{10, 20, 30}
	q := &s[2]
	s = append(s, 40)
	*q = 99
	fmt.Println(s[2] == 99 || s[2] == 30, *q)
	type T struct{ a, b int }
	t := T{1, 2}
	tb := &t.b
	*tb = 7
	fmt.Println(t)
	var head *node
	for i := 0; i < 5; i++ {
		head = &node{i, head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
	var nilp *int
	fmt.Println(nilp == nil, p != nil)
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		v := i * i
		ptrs = append(ptrs, &v)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
}
