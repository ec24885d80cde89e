// errorcheck

// Returning too few values.

package p

func f() (int, string) { return 1 } // ERROR "not enough return values"
