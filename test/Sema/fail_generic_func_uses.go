// errorcheck

// A generic function is reported once, at its declaration: its calls and
// instantiations (one or several type arguments) report nothing more.
// gc-agreement: skip goscape rejects generics, gc accepts them

package p

func Map[T, U any](s []T, f func(T) U) []U { return nil } // ERROR "generics are not supported by goscape"

func Id[T any](x T) T { return x } // ERROR "generics are not supported by goscape"

func use() int {
	r := Map([]int{1, 2}, func(i int) string { return "" })
	g := Map[int, string]
	h := Id[int](3)
	_, _ = r, g
	return h + Id(4)
}
