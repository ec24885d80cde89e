// RUN: not %goscape check -e %s 2>&1 | FileCheck %s
// Names a dot import brings in clash with a second dot import of the same
// package and with package-level declarations: reported at the import or
// at the declaration, never at an unknown position (a modelled standard
// object has none; gc names its line in $GOROOT, left out here).

package p

import (
	. "strings"
	. "strings"
)

var Repeat = 1

var _ = Join(nil, "")

// CHECK: # command-line-arguments
// CHECK-NOT: unknown
// CHECK: fail_dot_import_clash.go:11:2: Builder redeclared in this block
// CHECK-NOT: unknown
// CHECK: fail_dot_import_clash.go:14:5: Repeat already declared through dot-import of package strings ("strings")
// CHECK-NOT: unknown
