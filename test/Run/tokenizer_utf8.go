package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Kind uint8

const (
	EOF Kind = iota
	Ident
	Number
	String
	Punct
	Invalid
)

var kindNames = map[Kind]string{EOF: "EOF", Ident: "Ident", Number: "Number", String: "String", Punct: "Punct", Invalid: "Invalid"}

func (k Kind) String() string {
	if n, ok := kindNames[k]; ok {
		return n
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

type Token struct {
	Kind Kind
	Text string
	Pos
}

type Lexer struct {
	src   string
	off   int
	pos   Pos
	errs  []error
	runes int
}

type LexError struct {
	At  Pos
	Msg string
}

func (e LexError) Error() string { return e.At.String() + ": " + e.Msg }

func decodeRune(s string) (rune, int) {
	for _, r := range s {
		if r == '\uFFFD' {
			// distinguish a real U+FFFD from an invalid byte
			if len(s) >= 3 && s[:3] == "\uFFFD" {
				return r, 3
			}
			return r, 1
		}
		return r, len(string(r))
	}
	return -1, 0
}

func (lx *Lexer) next() rune {
	if lx.off >= len(lx.src) {
		return -1
	}
	r, n := decodeRune(lx.src[lx.off:])
	lx.off += n
	lx.runes++
	if r == '\n' {
		lx.pos.Line++
		lx.pos.Col = 1
	} else {
		lx.pos.Col++
	}
	return r
}

func (lx *Lexer) peek() rune {
	if lx.off >= len(lx.src) {
		return -1
	}
	r, _ := decodeRune(lx.src[lx.off:])
	return r
}

func isLetter(r rune) bool {
	return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= 0xC0 && r != 0xD7 && r != 0xF7 && r < 0x2000
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func (lx *Lexer) Next() (tok Token) {
	for {
		r := lx.peek()
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			lx.next()
			continue
		}
		break
	}
	start := lx.off
	tok.Pos = lx.pos
	r := lx.next()
	switch {
	case r < 0:
		tok.Kind = EOF
		return
	case isLetter(r):
		for isLetter(lx.peek()) || isDigit(lx.peek()) {
			lx.next()
		}
		tok.Kind = Ident
	case isDigit(r):
		for isDigit(lx.peek()) || lx.peek() == '.' {
			lx.next()
		}
		tok.Kind = Number
	case r == '"':
		for {
			c := lx.next()
			if c == '\\' {
				lx.next()
				continue
			}
			if c == '"' {
				break
			}
			if c < 0 || c == '\n' {
				lx.errs = append(lx.errs, LexError{tok.Pos, "unterminated string"})
				tok.Kind = Invalid
				tok.Text = lx.src[start:lx.off]
				return
			}
		}
		tok.Kind = String
	case r == '\uFFFD':
		tok.Kind = Invalid
		lx.errs = append(lx.errs, LexError{tok.Pos, fmt.Sprintf("invalid UTF-8 byte %#x", lx.src[start])})
	case strings.Contains("+-*/=<>!(){};,.", string(r)):
		if (r == '=' || r == '<' || r == '>' || r == '!') && lx.peek() == '=' {
			lx.next()
		}
		tok.Kind = Punct
	default:
		tok.Kind = Invalid
		lx.errs = append(lx.errs, LexError{tok.Pos, fmt.Sprintf("unexpected %q (%U)", r, r)})
	}
	tok.Text = lx.src[start:lx.off]
	return
}

func lexAll(src string) ([]Token, []error) {
	lx := &Lexer{src: src, pos: Pos{1, 1}}
	var toks []Token
	for {
		t := lx.Next()
		toks = append(toks, t)
		if t.Kind == EOF {
			break
		}
	}
	return toks, lx.errs
}

func runeStats(s string) {
	counts := [4]int{}
	invalid := 0
	for i, r := range s {
		if r == '\uFFFD' && !strings.HasPrefix(s[i:], "\uFFFD") {
			invalid++
			continue
		}
		counts[len(string(r))-1]++
	}
	rs := []rune(s)
	bs := []byte(s)
	fmt.Printf("bytes=%d runes=%d widths=%v invalid=%d back=%q\n", len(bs), len(rs), counts, invalid, string(rs))
}

func main() {
	inputs := []string{
		"x := 42 + y1*(z-3.5)",
		"if a <= b { print(\"héllo, 世界\") }",
		"naïve café = \"unterminated\n next",
		"bad\xffbyte \xc3\x28 ok",
		"emoji 😀 ; tab\there # hash",
		"",
		"\"esc \\\" quote\" end",
	}
	for _, in := range inputs {
		toks, errs := lexAll(in)
		var parts []string
		for _, t := range toks {
			parts = append(parts, fmt.Sprintf("%v%q@%v", t.Kind, t.Text, t.Pos))
		}
		fmt.Println(strings.Join(parts, " "))
		for _, e := range errs {
			fmt.Println("  error:", e)
		}
		runeStats(in)
	}
	s := "a\xffb\xe2\x82c€"
	for i, r := range s {
		fmt.Printf("%d:%q(%d) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(len(s), len([]rune(s)), []byte(s[1:3]), string([]rune(s)[1]), strings.ToUpper(s))
	fmt.Printf("%q %+q %x % x %s\n", s, s, s, s[:4], fmt.Sprintf("%q", s))
	fmt.Println(string(rune(0xD800)) == "\uFFFD", string([]byte{0xed, 0xa0, 0x80}) == "\uFFFD", []rune("\xed\xa0\x80"))
	fmt.Println(Kind(9), Token{Punct, ";", Pos{2, 3}})
	fmt.Printf("%v %+v\n", Token{Ident, "x", Pos{1, 1}}, Token{Ident, "x", Pos{1, 1}})
	b := []byte("héllo")
	b[1] = 'E'
	fmt.Printf("%s %q %v\n", b, string(b), []rune(string(b)))
	r := []rune("日本語")
	r[1] = 'X'
	fmt.Println(string(r), len(string(r)), strings.Split("a,b,,c", ","), strings.Fields("  a  b\tc\n"))
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
	n, err = strconv.Atoi("-0099")
	fmt.Println(n, err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
}
