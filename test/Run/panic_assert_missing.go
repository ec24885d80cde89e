// A failed assertion to an interface type names the missing method.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

func main() {
	var v interface{} = Square{2}
	fmt.Println(v.(interface{ Area() float64 }).Area())
	fmt.Println(v.(Shape).Perimeter())
}
