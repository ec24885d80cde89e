// errorcheck

// A rune literal holds one character.

package p

var x = 'ab' // ERROR "more than one character in rune literal"
