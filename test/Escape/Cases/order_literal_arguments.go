// errorcheck -0 -m -l

// gc walks a function literal that captures nothing where it stands
// among a call's arguments: its body's allocations come before those of
// the arguments to its right, and before the call's implicit `...`
// slice when the literal is a fixed argument of a variadic call.

package p

import "fmt"

type T struct{ a int }

func take(h func(), p *T) { // ERROR "^h does not escape$" "^p does not escape$"
	h()
}

func takeLast(p *T, h func()) { // ERROR "^p does not escape$" "^h does not escape$"
	h()
}

func chain(h func(int), ms ...int) { // ERROR "^h does not escape$" "^ms does not escape$"
	h(len(ms))
}

func literalFirst() {
	take(func() { // ERROR "^func literal does not escape$"
		fmt.Println(1) // ERROR "^\.\.\. argument does not escape$" "^1 escapes to heap$"
	}, &T{}) // ERROR "^&T\{\} does not escape$"
}

func literalLast() {
	takeLast(&T{}, func() { // ERROR "^&T\{\} does not escape$" "^func literal does not escape$"
		fmt.Println(2) // ERROR "^\.\.\. argument does not escape$" "^2 escapes to heap$"
	})
}

func literalBeforePacked() {
	chain(func(e int) { // ERROR "^func literal does not escape$" "^\.\.\. argument does not escape$"
		fmt.Println(e) // ERROR "^\.\.\. argument does not escape$" "^e escapes to heap$"
	}, 1, 2)
}

func literalBeforeBoxes(x, y int) {
	chain(func(e int) { // ERROR "^func literal does not escape$" "^\.\.\. argument does not escape$"
		fmt.Println(e, &T{}) // ERROR "^\.\.\. argument does not escape$" "^e escapes to heap$" "^&T\{\} escapes to heap$"
	}, x, y)
	fmt.Println(func() int { return x }(), &T{y}) // ERROR "^\.\.\. argument does not escape$" "^\(func literal\)\(\) escapes to heap$" "^func literal does not escape$" "^&T\{\.\.\.\} escapes to heap$"
}
