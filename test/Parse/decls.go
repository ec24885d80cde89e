// errorcheck

// Grouped and single declarations, iota, aliases, local declarations.

package p

import (
	"fmt"
	str "strings"
	_ "os"
	. "sort"
)

const (
	A = iota
	B
	C, D = iota, iota * 2
)

type (
	I int
	J = I
	K struct{}
)

var (
	x, y = 1, 2
	z    int
)

var _ = fmt.Sprint
var _ = str.Repeat
var _ = Ints

func f() {
	const c = 1
	type t int
	var v t = c
	var (
		a = 1
		b int
	)
	_, _, _ = v, a, b
}

func g()

func h() { ; ; }
