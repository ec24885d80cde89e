// Checksums with unsigned wraparound: a table-driven CRC-32 (IEEE),
// Adler-32, FNV-1a 64-bit and a djb2 string hash over several inputs.
package main

import "fmt"

var crcTable [256]uint32

func init() {
	for i := range crcTable {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xEDB88320 ^ c>>1
			} else {
				c >>= 1
			}
		}
		crcTable[i] = c
	}
}

func crc32(b []byte) uint32 {
	c := ^uint32(0)
	for _, x := range b {
		c = crcTable[byte(c)^x] ^ c>>8
	}
	return ^c
}

func adler32(b []byte) uint32 {
	a, s := uint32(1), uint32(0)
	for _, x := range b {
		a = (a + uint32(x)) % 65521
		s = (s + a) % 65521
	}
	return s<<16 | a
}

func fnv64a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func djb2(s string) uint32 {
	var h uint32 = 5381
	for _, c := range []byte(s) {
		h = h<<5 + h + uint32(c)
	}
	return h
}

func main() {
	inputs := []string{"", "a", "abc", "The quick brown fox jumps over the lazy dog", "123456789"}
	for _, in := range inputs {
		fmt.Printf("%-45q crc32=%08x adler=%08x fnv=%016x djb2=%d\n", in, crc32([]byte(in)), adler32([]byte(in)), fnv64a(in), djb2(in))
	}
	big := make([]byte, 100000)
	for i := range big {
		big[i] = byte(i * 7)
	}
	fmt.Printf("%08x %08x\n", crc32(big), adler32(big))
	fmt.Println(crcTable[1], crcTable[255])
}
