// errorcheck

// A name repeated on the left of :=.

package p

func f() { a, a := 1, 2; _ = a } // ERROR "a repeated on left side of :="
