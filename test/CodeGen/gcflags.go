// RUN: %goscape build -gcflags='-m -l' -o %t %s 2>&1 | FileCheck %s
// RUN: %goscape build -m -O1 -o %t %s 2>&1 | FileCheck %s
// RUN: %goscape build -gcflags=all=-m=1 -o %t %s 2>&1 | FileCheck %s
// RUN: %goscape build -o %t %s 2>&1 | count 0
// RUN: not %goscape build -gcflags=-bogus %s 2>&1 | FileCheck --check-prefix=BAD %s
// The build command's flags: -gcflags (quoted list, pattern=, -m=N), bare
// -m, -O levels; escape analysis' diagnostics follow go build's header, and
// a build without -m prints nothing.
package main

func leak() *int {
	x := 42
	return &x
}

func main() { println(*leak()) }

// CHECK: # command-line-arguments
// CHECK: gcflags.go:12:2: moved to heap: x
// BAD: unsupported flag in -gcflags: -bogus
