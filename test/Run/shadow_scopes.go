// Shadowing in nested blocks, if/switch init statements, := redeclaring
// some variables, and closures capturing the shadowing variable.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func parse(s string) (n int, err error) {
	if n, err := strconv.Atoi(s); err == nil {
		return n * 2, nil
	}
	n, err = -1, errors.New("bad "+s)
	return
}

func main() {
	fmt.Println(x)
	x := 1
	{
		x := x + 1
		fmt.Println("inner", x)
		{
			x := "string"
			fmt.Println("innermost", x)
		}
	}
	fmt.Println("outer", x)
	if x := x * 10; x > 5 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x + 100
		fmt.Println("for", x)
	}
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
	fmt.Println(parse("21"))
	fmt.Println(parse("zz"))
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	err := errors.New("outer")
	if true {
		_, err := strconv.Atoi("x1")
		fmt.Println("inner err:", err)
	}
	fmt.Println("outer err:", err)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	type int = string
	var s int = "int is string here"
	fmt.Println(s)
	true := false
	fmt.Println(true)
}
