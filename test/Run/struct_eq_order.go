// Struct and array equality stop at the first differing element, so a later
// interface field holding an uncomparable value only panics when every
// earlier field is equal; panics are recovered and printed.
package main

import "fmt"

type Box struct {
	ID  int
	Val interface{}
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "->", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	try("int vals", func() { fmt.Println(Box{1, 2} == Box{1, 2}) })
	try("slice vals same id differs", func() { fmt.Println(Box{1, []int{1}} == Box{2, []int{1}}) })
	try("slice vals", func() { fmt.Println(Box{1, []int{1}} == Box{1, []int{1}}) })
	try("map key", func() {
		m := map[Box]int{}
		m[Box{1, map[string]int{}}] = 1
	})
	try("array of iface", func() {
		a := [2]interface{}{1, func() {}}
		b := [2]interface{}{1, func() {}}
		fmt.Println(a == b)
	})
	try("array of iface differs early", func() {
		a := [2]interface{}{1, func() {}}
		b := [2]interface{}{2, func() {}}
		fmt.Println(a == b)
	})
	try("iface key struct", func() {
		m := map[interface{}]int{}
		m[[1]interface{}{[]int{}}] = 1
	})
	try("nested", func() {
		type In struct{ X interface{} }
		type Out struct{ I In }
		fmt.Println(Out{In{[]byte("a")}} == Out{In{[]byte("a")}})
	})
}
