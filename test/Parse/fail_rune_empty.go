// errorcheck

// An empty rune literal.

package p

var x = '' // ERROR "empty rune literal or unescaped '"
