// errorcheck

// An import path that is not a package.

package p

import "nosuchpkg" // ERROR "is not in GOROOT|could not import nosuchpkg"
var _ = nosuchpkg.X
