// print and println of a multi-value call print every result; closures
// in init functions run.
package main

func f() (int16, float64, string) { return -42, 42.0, "x" }

func g() (bool, uint8) { return true, 255 }

func init() {
	func() { println("closure in init") }()
}

func main() {
	println(f())
	print(f())
	print("\n")
	println(g())
}
