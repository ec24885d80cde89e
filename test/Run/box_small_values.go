// Boxed one-byte values (bool, uint8, int8 and named types over them)
// share gc's table of byte values; their dynamic types and values survive.
package main

import "fmt"

type Flag bool
type Small uint8

func main() {
	var vals []interface{}
	for i := 0; i < 300; i++ {
		vals = append(vals, i%2 == 0, uint8(i), int8(-i), Flag(i%3 == 0), Small(i))
	}
	sum := 0
	for _, v := range vals {
		switch x := v.(type) {
		case bool:
			if x {
				sum++
			}
		case uint8:
			sum += int(x)
		case int8:
			sum += int(x)
		case Flag:
			if x {
				sum += 2
			}
		case Small:
			sum += int(x) * 3
		}
	}
	fmt.Println(sum, vals[3], vals[7], vals[10:15])
}
