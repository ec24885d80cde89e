// Full slice expressions s[lo:hi:max] limit capacity so that append
// reallocates instead of overwriting the original backing array.
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:4]
	fmt.Println(a, len(a), cap(a))
	b := base[2:4:5]
	fmt.Println(b, len(b), cap(b))
	a = append(a, 100)
	fmt.Println("after append to a:", base)
	b = append(b, 200)
	fmt.Println("after append to b (fits):", base)
	b = append(b, 300)
	b[0] = -1
	fmt.Println("after realloc:", base, b)
	c := base[:0:0]
	c = append(c, 9)
	fmt.Println(c, base[0])
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	d := arr[1:3:4]
	fmt.Println(d, len(d), cap(d))
	d = d[:cap(d)]
	fmt.Println(d)
	e := arr[:]
	e = e[5:6:6]
	fmt.Println(e, cap(e))
	p := &arr
	q := p[2:5:6]
	q[0] = "C"
	fmt.Println(arr, q, cap(q))
	f := base[1:1:1]
	fmt.Println(len(f), cap(f), f == nil)
}
