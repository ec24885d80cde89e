// args: alpha beta 42 "quoted"
// os.Args holds the program name and its arguments (the run harness
// passes the words of the `// args:` line above).
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	fmt.Println("argc:", len(os.Args))
	for i, a := range os.Args[1:] {
		n, err := strconv.Atoi(a)
		if err == nil {
			fmt.Println(i, "number", n*2)
		} else {
			fmt.Println(i, "word", a, len(a))
		}
	}
	fmt.Println(len(os.Args[0]) > 0)
}
