// Type switches: concrete types, interfaces, several types per case (the
// variable keeps the interface type), nil case, default.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

type shape interface{ area() float64 }
type sq struct{ s float64 }

func (q sq) area() float64 { return q.s * q.s }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d (doubled %d)", x, x*2)
	case int8, int16:
		return fmt.Sprintf("small int %v of type %T", x, x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case Celsius:
		return fmt.Sprintf("temperature %.1f", float64(x))
	case error:
		return "error: " + x.Error()
	case shape:
		return fmt.Sprint("shape with area ", x.area())
	case []int:
		return fmt.Sprint("slice of ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 42, int8(-3), int16(300), "hello", Celsius(36.6),
		errors.New("boom"), sq{3}, []int{1, 2}, func() int { return 9 }, true, false, 2.5, map[string]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var s shape = sq{2}
	switch s.(type) {
	case sq:
		fmt.Println("sq via interface")
	}
	switch v := interface{}(uint(7)); v.(type) {
	case int, uint:
		fmt.Printf("%T %v\n", v, v)
	}
}
