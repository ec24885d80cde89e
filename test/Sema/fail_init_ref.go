// errorcheck

// init cannot be referred to.

package p

func init() {}
func f() { init() } // ERROR "undefined: init"
