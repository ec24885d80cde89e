// errorcheck

// Compiler directives on function declarations are accepted.

package p

//go:noinline
func a() {}

//go:nosplit
//go:noinline
func b() {}

//go:noescape
func c(p *int)

//go:uintptrescapes
func d(uintptr) {}

//go:nocheckptr
func e() {}

// A comment between the directive and the function is fine.
//go:noinline
// more text
func f() {}

//go:unknowndirective
var g int
