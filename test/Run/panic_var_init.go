// A runtime error while initializing a package variable: exit status 2
// before any init function or main runs.
package main

import "fmt"

var table = build()

func build() []int {
	fmt.Println("building")
	return make([]int, 3)
}

var bad = table[len(table)-1+idx()]

func idx() int { return 2 }

func init() { fmt.Println("init never") }

func main() { fmt.Println("main never") }
