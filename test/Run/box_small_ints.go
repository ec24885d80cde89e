// Boxed integers below 256 share gc's table of small values, at every
// width and signedness; larger and negative ones get their own boxes.
package main

import "fmt"

type Count int
type Code uint16

func main() {
	var vals []interface{}
	for i := -300; i < 300; i += 7 {
		vals = append(vals, i, int16(i), uint32(i), Count(i), Code(i), uint64(i), int32(i))
	}
	sum := 0
	for _, v := range vals {
		switch x := v.(type) {
		case int:
			sum += x
		case int16:
			sum += int(x) * 2
		case uint32:
			sum += int(x % 1000)
		case Count:
			sum += int(x) * 3
		case Code:
			sum += int(x % 100)
		case uint64:
			sum += int(x % 77)
		case int32:
			sum -= int(x)
		}
	}
	fmt.Println(sum, vals[40:50], fmt.Sprint(7, 255, 256, -1))
}
