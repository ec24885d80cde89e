// Decodes each hex-encoded line of stdin as gc does (for range, []rune,
// string([]rune)) and prints string(rune(v)) for edge values; run with
// the inputs of Utf8GC.inc under Go 1.19 to regenerate it.
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		b, _ := hex.DecodeString(sc.Text())
		s := string(b)
		var parts []string
		for i, r := range s {
			parts = append(parts, fmt.Sprintf("%d:%d", i, r))
		}
		rs := []rune(s)
		fmt.Printf("%s|%s|%d|%x\n", sc.Text(), strings.Join(parts, ","), len(rs), string(rs))
	}
	for _, v := range []int64{0, 65, 127, 128, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, -1, 1 << 32, 1<<32 + 65} {
		fmt.Printf("intstring %d %x\n", v, string(rune(v)))
	}
}
