// Printf widths, precisions, flags and * arguments on ints, strings,
// floats and runes, rendered as a table.
package main

import "fmt"

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"apple", 3, 0.5}, {"watermelon", 12, 3.25}, {"kiwi", 100, 12}}
	fmt.Printf("|%-12s|%5s|%9s|\n", "item", "qty", "price")
	for _, r := range rows {
		fmt.Printf("|%-12s|%5d|%9.2f|\n", r.name, r.qty, r.price)
	}
	fmt.Printf("|%12s|%-5d|%-9.1f|\n", "right", 42, 3.14159)
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 42, 6, 42, 2, 3.14159)
	fmt.Printf("[%05d] [%-05d] [%+05d] [%x] [%08b]\n", 42, 42, 42, -255, 5)
	fmt.Printf("[%.3s] [%8.3s] [%-8.3s]\n", "abcdef", "abcdef", "abcdef")
	fmt.Printf("[%q] [%10q] [%-10q]\n", "hi", "hi", "hi")
	fmt.Printf("[%3c] [%-3c]\n", 'x', 'y')
	fmt.Printf("[%10.4e] [%-12g] [%+.2e]\n", 12345.6789, 0.000012345, -1.0)
	fmt.Printf("[%6t] [%-6t]\n", true, false)
	fmt.Printf("[%5v] [%-5v] [%05v]\n", 12, 12, 12)
	fmt.Printf("[%8v] [%-8v]\n", []int{1, 2}, "s")
	fmt.Printf("[%x] [%X] [% X] [%#x]\n", "Go", "Go", "Go", "Go")
	fmt.Printf("[%.2x] [%10x]\n", "abcdef", "ab")
	fmt.Printf("[%d] [%d] [%d]\n", int8(-128), uint8(200), int64(-1<<63))
	fmt.Printf("[%o] [%O] [%#b]\n", 64, 64, 10)
	fmt.Printf("[%.0f] [%.0f] [%.0f] [%.0f]\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("[%g] [%g] [%g] [%g]\n", 100000.0, 1000000.0, 1e20, 0.0001)
	fmt.Printf("[%v] [%v] [%v]\n", float32(0.1), 0.1, float32(16777216))
	fmt.Printf("[%8.3f] [%-8.3f] [% .3f]\n", -3.14159, 3.14159, 3.14159)
	fmt.Printf("%3d%%\n", 50)
	s := fmt.Sprintf("%-4d|%4d|", 7, -7)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	fmt.Print("p", 1, 2, "\n")
	fmt.Print(1, 2, "\n")
}
