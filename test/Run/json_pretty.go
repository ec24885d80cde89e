// A JSON-ish value model with interfaces, a recursive-descent parser and
// an indenting pretty printer with sorted object keys.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface{}

type parser struct {
	s   string
	pos int
}

func (p *parser) skip() {
	for p.pos < len(p.s) && strings.Contains(" \t\n", string(p.s[p.pos])) {
		p.pos++
	}
}

func (p *parser) parse() Value {
	p.skip()
	switch c := p.s[p.pos]; {
	case c == '{':
		p.pos++
		obj := map[string]Value{}
		for {
			p.skip()
			if p.s[p.pos] == '}' {
				p.pos++
				return obj
			}
			key := p.parse().(string)
			p.skip()
			p.pos++ // ':'
			obj[key] = p.parse()
			p.skip()
			if p.s[p.pos] == ',' {
				p.pos++
			}
		}
	case c == '[':
		p.pos++
		var arr []Value
		for {
			p.skip()
			if p.s[p.pos] == ']' {
				p.pos++
				return arr
			}
			arr = append(arr, p.parse())
			p.skip()
			if p.s[p.pos] == ',' {
				p.pos++
			}
		}
	case c == '"':
		end := p.pos + 1
		for p.s[end] != '"' {
			end++
		}
		str := p.s[p.pos+1 : end]
		p.pos = end + 1
		return str
	case c == 't':
		p.pos += 4
		return true
	case c == 'f':
		p.pos += 5
		return false
	case c == 'n':
		p.pos += 4
		return nil
	default:
		start := p.pos
		for p.pos < len(p.s) && strings.Contains("-0123456789", string(p.s[p.pos])) {
			p.pos++
		}
		n, err := strconv.Atoi(p.s[start:p.pos])
		if err != nil {
			panic(err)
		}
		return n
	}
}

func pretty(b *strings.Builder, v Value, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case map[string]Value:
		if len(x) == 0 {
			b.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			b.WriteString(pad + "  " + fmt.Sprintf("%q", k) + ": ")
			pretty(b, x[k], indent+1)
			if i < len(keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "}")
	case []Value:
		b.WriteString("[")
		for i, e := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			pretty(b, e, indent)
		}
		b.WriteString("]")
	case string:
		b.WriteString(fmt.Sprintf("%q", x))
	case nil:
		b.WriteString("null")
	default:
		b.WriteString(fmt.Sprint(x))
	}
}

func count(v Value) (n int) {
	n = 1
	switch x := v.(type) {
	case map[string]Value:
		for _, e := range x {
			n += count(e)
		}
	case []Value:
		for _, e := range x {
			n += count(e)
		}
	}
	return
}

func main() {
	src := `{"name": "goscape", "version": 1, "tags": ["go", "llvm", "escape"],
	  "deps": {"llvm": {"major": 19, "ok": true}, "gc": null, "empty": {}},
	  "matrix": [[1, -2], [], [3]], "enabled": false}`
	p := &parser{s: src}
	v := p.parse()
	var b strings.Builder
	pretty(&b, v, 0)
	fmt.Println(b.String())
	fmt.Println("values:", count(v))
	obj := v.(map[string]Value)
	fmt.Println(obj["tags"].([]Value)[1], obj["deps"].(map[string]Value)["llvm"])
}
