// errorcheck

// An identifier cannot start with a Unicode digit.

package p

var ١x int // ERROR "identifier cannot begin with digit U\+0661 '١'"
