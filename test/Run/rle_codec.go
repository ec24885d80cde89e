// Run-length encoding and decoding of strings and byte slices, with digit
// parsing by hand and error reporting on malformed input.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func encode(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i > 1 {
			b.WriteString(strconv.Itoa(j - i))
		}
		b.WriteRune(rs[i])
		i = j
	}
	return b.String()
}

var errTrailing = errors.New("trailing count")

func decode(s string) (string, error) {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		for k := 0; k < n; k++ {
			b.WriteRune(r)
		}
		n = 0
	}
	if n != 0 {
		return b.String(), errTrailing
	}
	return b.String(), nil
}

func encodeBytes(data []byte) []byte {
	var out []byte
	for i := 0; i < len(data); {
		j := i
		for j < len(data) && data[j] == data[i] && j-i < 255 {
			j++
		}
		out = append(out, byte(j-i), data[i])
		i = j
	}
	return out
}

func main() {
	for _, s := range []string{"", "a", "aaabccdddd", "héééllo", "abc", strings.Repeat("z", 12) + "y"} {
		e := encode(s)
		d, err := decode(e)
		fmt.Printf("%q -> %q -> %q %v %v\n", s, e, d, d == s, err)
	}
	d, err := decode("3a2")
	fmt.Println(d, err, err == errTrailing)
	raw := make([]byte, 300)
	for i := 100; i < 300; i++ {
		raw[i] = byte(i / 100)
	}
	enc := encodeBytes(raw)
	fmt.Println(len(enc), enc)
}
