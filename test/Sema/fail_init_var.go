// errorcheck

// init may only be a function.

package p

var init = 1 // ERROR "cannot declare init - must be func"
