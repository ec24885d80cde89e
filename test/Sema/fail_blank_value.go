// errorcheck

// The blank identifier used as a value.

package p

func f() int { return _ } // ERROR "cannot use _ as value or type"
