// Widths, precisions and flags: right/left alignment, zero padding,
// '*' widths, precision on strings, tables aligned with padding.
package main

import "fmt"

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%5s][%-5s][%.2s][%5.1s]\n", 42, 42, 42, "ab", "ab", "abcdef", "xyz")
	fmt.Printf("[%05d][%+05d][%-05d][%x][%6x][%-6X][%06x]\n", -42, 42, 7, 3054, 3054, 3054, 3054)
	fmt.Printf("[%*d][%-*d][%.*f]\n", 6, 7, 6, 7, 2, 3.14159)
	fmt.Printf("[%8.3f][%-8.3f][%08.3f][%+8.2f][%8.0f]\n", 3.14159, 3.14159, -3.14159, 2.5, 1234.5)
	fmt.Printf("[%10v][%-10v][%10v]\n", []int{1, 2}, true, nil)
	fmt.Printf("[%6q][%-6q][%3c][%-3c]\n", "a", "b", 'x', 'y')
	fmt.Printf("[%5t][%-6t]\n", true, false)
	fmt.Printf("[%3d][%3d]\n", 12345, -12345)
	fmt.Printf("[%5s][%-5s]\n", "日本語", "日本")
	items := []struct {
		name  string
		qty   int
		price float64
	}{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	fmt.Printf("%-12s %5s %8s\n", "item", "qty", "total")
	for _, it := range items {
		fmt.Printf("%-12s %5d %8.2f\n", it.name, it.qty, float64(it.qty)*it.price)
	}
	fmt.Printf("%s\n", fmt.Sprintf("%3d|%-3d|%03d", 1, 2, 3))
	fmt.Printf("[%6.2v][%.3v][%10.4g]\n", 3.14159, "abcdef", 123456.789)
	fmt.Printf("[%-8q][%8x]\n", "tab\t", "hex")
}
