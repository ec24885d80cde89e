// strbuild: string building, formatting and parsing.
//
// Measures: the string-processing side of the runtime: strconv.Itoa and
// strconv.Atoi, strings.Builder, string concatenation, strings.Split,
// strings.Join, strings.Repeat, strings.Index and strings.Contains, and
// fmt.Sprintf for a fraction of the records. Builds CSV-like lines, splits
// them back and parses the fields. Allocation heavy (many short strings).
// Checksum: the sum of the parsed fields and a digest of the output.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	const lines = 1600000
	sum := 0
	digest := uint32(0)
	totalLen := 0
	matches := 0
	for block := 0; block < lines/1000; block++ {
		var b strings.Builder
		for i := 0; i < 1000; i++ {
			id := block*1000 + i
			b.WriteString(strconv.Itoa(id))
			b.WriteByte(',')
			b.WriteString(strconv.Itoa(id * 7 % 1009))
			b.WriteByte(',')
			if id%16 == 0 {
				b.WriteString(fmt.Sprintf("x%05d", id%100000))
			} else {
				b.WriteString("name" + strconv.Itoa(id%977))
			}
			b.WriteByte(',')
			b.WriteString(strings.Repeat("ab", id%5))
			b.WriteByte('\n')
		}
		text := b.String()
		totalLen += len(text)
		rows := strings.Split(text, "\n")
		out := make([]string, 0, len(rows))
		for _, row := range rows {
			if row == "" {
				continue
			}
			f := strings.Split(row, ",")
			a, err1 := strconv.Atoi(f[0])
			c, err2 := strconv.Atoi(f[1])
			if err1 != nil || err2 != nil {
				panic("bad number")
			}
			sum += a + c
			if strings.Contains(f[2], "77") || strings.Index(f[3], "abab") >= 0 {
				matches++
			}
			out = append(out, f[2]+"="+strconv.Itoa(a-c))
		}
		joined := strings.Join(out, ";")
		for i := 0; i < len(joined); i += 7 {
			digest = digest*16777619 ^ uint32(joined[i])
		}
	}
	fmt.Printf("strbuild: lines=%d bytes=%d sum=%d matches=%d digest=%08x\n",
		lines, totalLen, sum, matches, digest)
}
