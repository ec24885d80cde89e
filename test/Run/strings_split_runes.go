package main

// strings.Split and friends with an empty separator split after each
// UTF-8 sequence; an invalid byte becomes "\uFFFD" except in the last
// piece of a limited split, which keeps the rest unchanged.

import (
	"fmt"
	"strings"
)

func main() {
	inputs := []string{"", "abc", "日本\xff語", "a\xffb\xc3", "\xe6\x97", "x\uFFFDy"}
	for _, s := range inputs {
		fmt.Printf("%q\n", strings.Split(s, ""))
		fmt.Printf("%q\n", strings.SplitAfterN(s, "", 3))
		fmt.Printf("%q\n", strings.SplitAfterN(s, "", -1))
	}
	parts := strings.Split("ok\x80", "")
	fmt.Println(len(parts), len(parts[2]), parts[2] == "\uFFFD")
}
