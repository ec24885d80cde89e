// Conversions between string, []byte and []rune; string(rune) of valid,
// invalid and surrogate code points; the copies are independent.
package main

import "fmt"

func main() {
	s := "añb€"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'A'
	r[1] = 'N'
	fmt.Println(s, string(b), string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0xD800)), string(rune(0x110000)))
	fmt.Println([]byte(string(rune(0xD800))), len(string(rune(0x10FFFF))))
	bad := []rune("a\xffb")
	fmt.Println(bad, string(bad))
	fmt.Println([]byte(""), []rune(""), string([]byte(nil)), string([]rune{}) == "")
	bs := []byte("hello")
	t := string(bs)
	bs[0] = 'j'
	fmt.Println(t, string(bs))
	runes := []rune{0x48, 0x49, -5, 0x1F600}
	fmt.Printf("%q\n", string(runes))
	var sum int
	for _, c := range []byte("checksum") {
		sum += int(c)
	}
	fmt.Println(sum)
	type MyBytes []byte
	mb := MyBytes("named")
	fmt.Println(string(mb), len(mb))
}
