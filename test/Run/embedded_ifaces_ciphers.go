// Promotion through an embedded pointer two levels down, method values
// bound before a later mutation, interfaces embedded in interfaces and in
// structs, methods on func types, closures over loop variables, struct and
// interface comparison, invalid UTF-8 ranging and conversions, and string
// processing (word wrap, palindromes with runes, Caesar, Vigenere, RLE).

package main

import (
	"fmt"
	"strings"
)

type Base struct{ ID int }

func (b *Base) SetID(i int) { b.ID = i }
func (b Base) Describe() string { return fmt.Sprintf("Base(%d)", b.ID) }

type Mid struct {
	*Base
	Name string
}
type Top struct {
	Mid
	Extra []string
}

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type RW interface {
	Reader
	Writer
}
type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) { b.data = append(b.data, s) }

type Logger struct {
	Writer
	prefix string
}

func (l Logger) Log(s string) { l.Write(l.prefix + s) }

type Handler func(string) string

func (h Handler) Chain(g Handler) Handler { return func(s string) string { return g(h(s)) } }

func main() {
	t := Top{Mid{&Base{1}, "m"}, nil}
	t.SetID(42)
	fmt.Println(t.ID, t.Describe(), t.Mid.Base.ID, t.Name)
	f := t.SetID
	f(7)
	g := t.Describe
	t.SetID(8)
	fmt.Println(g(), t.Describe())
	b := &buf{}
	var rw RW = b
	rw.Write("one")
	l := Logger{rw, "> "}
	l.Log("two")
	var r Reader = rw
	fmt.Println(r.Read(), r.Read(), r.Read() == "", len(b.data))
	fmt.Printf("%v %+v\n", Logger{nil, "p"}, Logger{})
	up := Handler(strings.ToUpper)
	ex := Handler(func(s string) string { return s + "!" })
	fmt.Println(up.Chain(ex).Chain(ex)("hi"))
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
	}
	for _, k := range []string{"add", "sub", "mul"} {
		if op, ok := ops[k]; ok {
			fmt.Println(k, op(7, 3))
		} else {
			fmt.Println(k, "missing", op == nil)
		}
	}
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, v := range []int{10, 20} {
		v := v
		funcs = append(funcs, func() int { return v })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	a1 := struct {
		X int
		S string
	}{1, "a"}
	a2 := struct {
		X int
		S string
	}{1, "a"}
	fmt.Println(a1 == a2, a1 != struct {
		X int
		S string
	}{2, "a"})
	var ia, ib interface{} = a1, a2
	fmt.Println(ia == ib, ia == interface{}(1), interface{}(nil) == nil)
	bad := string([]byte{0xff, 'a', 0xc3})
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Printf("\n%q %+q %x %v %d\n", bad, bad, bad, []rune(bad), len([]rune(bad)))
	fmt.Println(string(rune(0x10FFFF+1)) == "\uFFFD", string(rune(-1)), string(rune(0xD800)) == "\ufffd")
	s := "héllo, 世界"
	fmt.Println(len(s), strings.ToUpper(s), []byte(s)[1], s[1:3], strings.Index(s, "世"))
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	fmt.Println(string(rs), isPal("А роза упала на лапу Азора"))
	var sb strings.Builder
	for i, w := range strings.Fields(" wrap this text at a narrow width of twelve columns please ") {
		if i > 0 && sb.Len()%12+len(w) >= 12 {
			sb.WriteString("\n")
		} else if i > 0 {
			sb.WriteString(" ")
		}
		sb.WriteString(w)
	}
	fmt.Println(sb.String())
	fmt.Println(caesar("Hello, World!", 3), caesar(caesar("Zebra", 5), 21), vig("ATTACKATDAWN", "LEMON"))
	fmt.Println(rle("aaabccddddde"), strings.Repeat("=", 0) == "", strings.Split("abc", ""), strings.Split("", ","))
	fmt.Printf("%q %q %q\n", strings.Fields(""), strings.Split("a b", " "), strings.SplitAfterN("a,b,c", ",", 2))
}

func isPal(s string) bool {
	var rs []rune
	for _, r := range strings.ToUpper(s) {
		if r != ' ' {
			rs = append(rs, r)
		}
	}
	for i := 0; i < len(rs)/2; i++ {
		if rs[i] != rs[len(rs)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, k int) string {
	out := []byte(s)
	for i, c := range out {
		switch {
		case c >= 'a' && c <= 'z':
			out[i] = 'a' + (c-'a'+byte(k))%26
		case c >= 'A' && c <= 'Z':
			out[i] = 'A' + (c-'A'+byte(k))%26
		}
	}
	return string(out)
}

func vig(s, key string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		sb.WriteByte('A' + (s[i]-'A'+key[i%len(key)]-'A')%26)
	}
	return sb.String()
}

func rle(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		sb.WriteString(fmt.Sprint(j - i))
		sb.WriteByte(s[i])
		i = j
	}
	return sb.String()
}
