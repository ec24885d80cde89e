// errorcheck

// A rune literal cannot span lines.

package p

var x = 'a // ERROR "newline in rune literal"
var y = 1
