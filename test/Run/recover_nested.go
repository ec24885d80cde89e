// recover only stops a panic when called directly by a deferred function;
// nested helper calls return nil; panics inside deferred calls during
// normal returns; recovering in the same frame continues the caller.
package main

import "fmt"

func helper() interface{} { return recover() }

func indirect() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("outer recover: ", r)
		}
	}()
	func() {
		defer func() {
			r := helper()
			fmt.Println("helper got", r)
		}()
		panic("p1")
	}()
	return "unreachable"
}

func deferPanics() (s string) {
	defer func() {
		s = fmt.Sprint("recovered ", recover())
	}()
	defer func() {
		panic("from defer")
	}()
	return "normal"
}

func level(n int) int {
	if n == 0 {
		panic(fmt.Sprintf("bottom reached"))
	}
	return level(n-1) + 1
}

func protect(n int) (depth int, msg interface{}) {
	defer func() { msg = recover() }()
	return level(n), nil
}

func main() {
	fmt.Println(indirect())
	fmt.Println(deferPanics())
	fmt.Println(protect(10))
	d := func() (r interface{}) {
		defer func() { r = recover() }()
		var arr []int
		_ = arr[len(arr)]
		return nil
	}()
	fmt.Println(d)
	fmt.Println("end")
}
