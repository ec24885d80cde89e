// print and println of one call returning several results print each
// result, as if they were written out as separate arguments.
package main

func three() (int16, float64, string) { return -42, 42.0, "x" }

func pair() (bool, *int) { return true, nil }

func main() {
	print(three())
	print("\n")
	println(three())
	println(pair())
}
