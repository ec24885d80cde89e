// RUN: not %goscape check %s 2>&1 | FileCheck %s

// A package of Go's standard library that goscape does not model is an
// unsupported feature, at the import path; an unknown path keeps gc's
// message.

package p

import (
	"math"
	"nosuchpkg"
)

// CHECK: fail_import_unmodelled_std.go:10:2: package math is not supported by goscape
// CHECK-NEXT: fail_import_unmodelled_std.go:11:2: package nosuchpkg is not in GOROOT (/usr/lib/go-1.19/src/nosuchpkg)

var _ = math.Pi
var _ = nosuchpkg.X
