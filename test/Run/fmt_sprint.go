// Print/Sprint add spaces only between operands when neither is a
// string; Println/Sprintln always add spaces and a newline; return values
// of the print functions.
package main

import "fmt"

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "y", true, false, "\n")
	s := fmt.Sprint("a", 1, 2, "b", nil, []int{1}, []int{2})
	fmt.Println(s, len(s))
	s = fmt.Sprintln("a", 1, 2, "b")
	fmt.Printf("%q\n", s)
	n, err := fmt.Println("counted", 12)
	fmt.Println(n, err)
	n, err = fmt.Printf("%d-%s\n", 7, "seven")
	fmt.Println(n, err)
	n, _ = fmt.Print("abc\n")
	fmt.Println(n)
	fmt.Println()
	fmt.Println(fmt.Sprint(), fmt.Sprint(""), fmt.Sprint(nil), fmt.Sprint(nil, nil))
	fmt.Println(fmt.Sprint(1.0, 2.0), fmt.Sprint(int8(1), uint(2)), fmt.Sprint('a', "a"))
	msg := fmt.Sprintf("%s has %d items costing %.2f", "cart", 3, 9.5)
	fmt.Println(msg)
	fmt.Println(fmt.Sprintf("%v|%v", struct{}{}, []string{}))
}
