// Keys of many types: interfaces holding different dynamic types, arrays,
// structs with strings, floats (with +0/-0 equal), pointers.
package main

import "fmt"

type K struct {
	a string
	b int8
}

func main() {
	im := map[interface{}]string{}
	im[1] = "int 1"
	im[int64(1)] = "int64 1"
	im["1"] = "string 1"
	im[1.0] = "float 1"
	im[K{"k", 1}] = "struct"
	im[[2]int{1, 1}] = "array"
	im[true] = "bool"
	im[nil] = "nil"
	fmt.Println(len(im), im[1], im[int64(1)], im["1"], im[1.0], im[K{"k", 1}], im[[2]int{1, 1}], im[true], im[nil])
	_, ok := im[int8(1)]
	fmt.Println("int8(1) present:", ok)
	fm := map[float64]int{}
	z := 0.0
	fm[z] = 1
	fm[-z] += 1
	fmt.Println(len(fm), fm[0])
	a, b := new(int), new(int)
	pm := map[*int]string{a: "a", b: "b"}
	fmt.Println(len(pm), pm[a], pm[b], pm[nil] == "")
	km := map[K]int{}
	for i := 0; i < 10; i++ {
		km[K{fmt.Sprint(i % 3), int8(i % 2)}]++
	}
	fmt.Println(len(km), km[K{"0", 0}], km[K{"1", 1}])
	fmt.Println(km)
	type E interface{}
	var e1, e2 E = 3, 3
	em := map[E]int{e1: 10}
	em[e2]++
	fmt.Println(em[3], len(em))
}
