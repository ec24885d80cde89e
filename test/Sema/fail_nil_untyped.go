// errorcheck

// Untyped nil in a short variable declaration.

package p

func f() { x := nil; _ = x } // ERROR "use of untyped nil in assignment"
