// slices demonstrates slice growth with append (len/cap after every append
// for several element sizes), copy, 2- and 3-index slicing, aliasing between
// slices sharing a backing array, nil vs empty slices and 2-D slices.
package main

import "fmt"

type point struct{ X, Y int }

func growInts(n int) {
	var s []int
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Printf("int   len=%-4d cap=%d\n", len(s), cap(s))
			last = cap(s)
		}
	}
}

func growBytes(n int) {
	var b []byte
	last := -1
	for i := 0; i < n; i++ {
		b = append(b, byte('a'+i%26))
		if cap(b) != last {
			fmt.Printf("byte  len=%-4d cap=%d\n", len(b), cap(b))
			last = cap(b)
		}
	}
	fmt.Println(string(b[:30]))
}

func growPoints(n int) {
	ps := make([]point, 0, 3)
	last := cap(ps)
	for i := 0; i < n; i++ {
		ps = append(ps, point{i, i * i})
		if cap(ps) != last {
			fmt.Printf("point len=%-4d cap=%d\n", len(ps), cap(ps))
			last = cap(ps)
		}
	}
	fmt.Println(ps[len(ps)-1])
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	growInts(600)
	growBytes(300)
	growPoints(100)

	// Appending several elements at once and appending a slice.
	a := []int{1, 2, 3}
	a = append(a, 4, 5, 6, 7)
	fmt.Println(a, len(a), cap(a))
	a = append(a, a...)
	fmt.Println(a, len(a), cap(a))

	// Aliasing: b shares a's array until append exceeds capacity.
	b := a[2:5]
	b[0] = 100
	fmt.Println("a:", a[:5], "b:", b, len(b), cap(b))
	c := a[2:4:5]
	c = append(c, -1)
	fmt.Println("after append within cap, a[4] =", a[4])
	c = append(c, -2)
	c[0] = 999
	fmt.Println("after reallocation, a[2] =", a[2], "c =", c, len(c), cap(c))

	// copy returns the number of elements copied.
	dst := make([]int, 4)
	n := copy(dst, a[5:])
	fmt.Println("copied", n, dst)
	n = copy(dst[1:], dst)
	fmt.Println("overlapping copy", n, dst)

	// Byte slices from strings.
	bs := append([]byte("hello, "), "world"...)
	fmt.Println(string(bs), len(bs))

	// nil and empty slices.
	var nilS []string
	empty := []string{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), len(empty))
	nilS = append(nilS, "x")
	fmt.Printf("%v %d %q\n", nilS, len(nilS), nilS)

	// 2-D triangle.
	tri := make([][]int, 6)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, row := range tri {
		fmt.Println(row, sum(row))
	}

	// Removing from the middle and inserting.
	s := []int{0, 1, 2, 3, 4, 5, 6}
	s = append(s[:2], s[3:]...)
	fmt.Println(s, len(s), cap(s))
	s = append(s[:3], append([]int{42}, s[3:]...)...)
	fmt.Println(s, len(s), cap(s))

	// Slicing a string.
	str := "goscape compiler"
	fmt.Println(str[:7], str[8:], str[2:5])
}
