// RUN: not %goscape build -o %t %s 2>&1 | FileCheck %s
// A main package without func main does not build (gc's linker error,
// which has no position), exit 1.
// CHECK: function main is undeclared in the main package
package main

func helper() {}
