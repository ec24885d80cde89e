// panic with a float64 prints it in the runtime's print format.
package main

func main() {
	x := 1.5
	panic(x * 3)
}
