// errorcheck

// Package-level declarations in any order.

package p

var a = b + c
var b = f()
const c = d * 2
const d = 3
func f() int { return int(unsafeSize) + len(arr) }
var arr [d]T
type T struct{ x int }
const unsafeSize = 8
