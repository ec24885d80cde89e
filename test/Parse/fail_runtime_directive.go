// errorcheck

// Some directives are only for the runtime.

package p

//go:nowritebarrier // ERROR "//go:nowritebarrier only allowed in runtime"
func f() {}
