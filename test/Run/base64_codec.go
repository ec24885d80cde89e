// A base64 encoder and decoder written with shifts and masks, run-length
// encoding, and hex dumps; round trips are checked.
package main

import (
	"errors"
	"fmt"
	"strings"
)

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func encode(src []byte) string {
	var b strings.Builder
	for i := 0; i < len(src); i += 3 {
		var n uint32
		rem := len(src) - i
		for j := 0; j < 3; j++ {
			n <<= 8
			if j < rem {
				n |= uint32(src[i+j])
			}
		}
		for j := 0; j < 4; j++ {
			if j <= rem {
				b.WriteByte(alphabet[n>>(18-6*uint(j))&0x3f])
			} else {
				b.WriteByte('=')
			}
		}
	}
	return b.String()
}

func decode(s string) ([]byte, error) {
	if len(s)%4 != 0 {
		return nil, errors.New("bad length")
	}
	var out []byte
	for i := 0; i < len(s); i += 4 {
		var n uint32
		pad := 0
		for j := 0; j < 4; j++ {
			c := s[i+j]
			n <<= 6
			if c == '=' {
				pad++
				continue
			}
			k := strings.Index(alphabet, string(c))
			if k < 0 {
				return nil, fmt.Errorf("bad character %q at %d", c, i+j)
			}
			n |= uint32(k)
		}
		out = append(out, byte(n>>16), byte(n>>8), byte(n))
		out = out[:len(out)-pad]
	}
	return out, nil
}

func rle(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		b.WriteString(fmt.Sprint(j - i))
		b.WriteByte(s[i])
		i = j
	}
	return b.String()
}

func main() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "héllo wörld", "\x00\xff\x10"} {
		e := encode([]byte(s))
		d, err := decode(e)
		fmt.Printf("%q -> %s -> ok=%t %v\n", s, e, string(d) == s, err)
	}
	_, err := decode("ab!d")
	fmt.Println(err)
	_, err = decode("abc")
	fmt.Println(err)
	fmt.Println(rle("aaabccddddde"), rle(""), rle("x"))
	data := []byte("goscape\x01\x02")
	for i, c := range data {
		fmt.Printf("%02x", c)
		if i%4 == 3 {
			fmt.Print(" ")
		}
	}
	fmt.Println()
}
