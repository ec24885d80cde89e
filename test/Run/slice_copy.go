// copy: returns the number of elements copied (the minimum of both
// lengths), handles overlapping ranges in both directions, copies from a
// string into []byte.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	dst = make([]int, 8)
	n = copy(dst, src)
	fmt.Println(n, dst)
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(s, s[3:])
	fmt.Println(n, s)
	b := make([]byte, 5)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))
	fmt.Println(copy(b, ""), copy([]int(nil), src), copy(src, []int(nil)))
	// delete element 2 with copy
	x := []string{"a", "b", "c", "d", "e"}
	x = x[:2+copy(x[2:], x[3:])]
	fmt.Println(x, len(x), cap(x))
	// insert at index 1
	x = append(x, "")
	copy(x[2:], x[1:])
	x[1] = "NEW"
	fmt.Println(x)
	type rec struct {
		id   int
		name string
	}
	rs := []rec{{1, "one"}, {2, "two"}}
	rc := make([]rec, 2)
	copy(rc, rs)
	rc[0].name = "changed"
	fmt.Println(rs, rc)
}
