// errorcheck

// Exact untyped constant arithmetic.

package p

const huge = 1 << 100
const small = huge >> 98
const f = 1.0 / 3.0
var x int = small
var y float32 = f
var z = 'a' + 1
var s string = "a" + "b"
var r rune = z
