// errorcheck

// Code points stop at U+10FFFF.

package p

var x = '\U00110000' // ERROR "escape is invalid Unicode code point U\+110000"
