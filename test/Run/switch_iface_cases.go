// Expression switches mixing concrete and interface case values.
package main

import "fmt"

type E struct{}

func (*E) Error() string { return "e" }

var Sentinel = &E{}

func main() {
	var err error = Sentinel
	switch Sentinel {
	case err:
		fmt.Println("matched")
	}
	x := 5
	var any interface{} = 5
	switch x {
	case any:
		fmt.Println("x matches any")
	}
	switch any {
	case x:
		fmt.Println("any matches x")
	}
}
