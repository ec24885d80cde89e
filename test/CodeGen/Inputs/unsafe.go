// Input of unsupported.go: unsafe and select are analysed, not compiled.
package main

import "unsafe"

var c chan int

func main() {
	x := 1
	p := unsafe.Pointer(&x)
	select {
	case <-c:
	default:
	}
	println(p != nil)
}
