// errorcheck

// Parameters of function types and interface methods must be unique too.

package p

type I interface {
	F1(i int) (i int) // ERROR "i redeclared in this block"
	F2(j, j int)      // ERROR "j redeclared in this block"
}

var T1 func(k, k int)          // ERROR "k redeclared in this block"
var T2 func() (l int, l string) // ERROR "l redeclared in this block"
var T3 func(_, _ int) (_ int)
