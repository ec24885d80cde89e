// Using a map as the key of a map[interface{}] panics at run time.
package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m["ok"] = 1
	m[[2]int{1, 2}] = 2
	fmt.Println(len(m))
	m[map[string]int{}] = 3
}
