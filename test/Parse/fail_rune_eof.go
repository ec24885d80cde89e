// errorcheck

// A rune literal at the end of the file.

package p

var x = '\' // ERROR "rune literal not terminated"