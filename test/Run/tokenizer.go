// A tokenizer for a small language: identifiers, keywords, numbers,
// strings with escapes, operators (longest match), comments, positions.
package main

import (
	"fmt"
	"strings"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Keyword
	Number
	String
	Op
	Illegal
)

var kindNames = [...]string{"EOF", "Ident", "Keyword", "Number", "String", "Op", "Illegal"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Line int
	Col  int
}

var keywords = map[string]bool{"let": true, "if": true, "else": true, "fn": true, "return": true}

type Lexer struct {
	src       string
	pos       int
	line, col int
}

func isLetter(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

func (l *Lexer) advance() byte {
	c := l.src[l.pos]
	l.pos++
	if c == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return c
}

func (l *Lexer) Next() Token {
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		if c == ' ' || c == '\t' || c == '\n' {
			l.advance()
		} else if strings.HasPrefix(l.src[l.pos:], "//") {
			for l.pos < len(l.src) && l.src[l.pos] != '\n' {
				l.advance()
			}
		} else {
			break
		}
	}
	if l.pos >= len(l.src) {
		return Token{EOF, "", l.line, l.col}
	}
	start, line, col := l.pos, l.line, l.col
	c := l.advance()
	switch {
	case isLetter(c):
		for l.pos < len(l.src) && (isLetter(l.src[l.pos]) || isDigit(l.src[l.pos])) {
			l.advance()
		}
		text := l.src[start:l.pos]
		if keywords[text] {
			return Token{Keyword, text, line, col}
		}
		return Token{Ident, text, line, col}
	case isDigit(c):
		for l.pos < len(l.src) && (isDigit(l.src[l.pos]) || l.src[l.pos] == '.') {
			l.advance()
		}
		return Token{Number, l.src[start:l.pos], line, col}
	case c == '"':
		var b strings.Builder
		for l.pos < len(l.src) && l.src[l.pos] != '"' {
			ch := l.advance()
			if ch == '\\' && l.pos < len(l.src) {
				switch e := l.advance(); e {
				case 'n':
					b.WriteByte('\n')
				case 't':
					b.WriteByte('\t')
				default:
					b.WriteByte(e)
				}
				continue
			}
			b.WriteByte(ch)
		}
		if l.pos >= len(l.src) {
			return Token{Illegal, "unterminated string", line, col}
		}
		l.advance()
		return Token{String, b.String(), line, col}
	}
	for _, op := range []string{"==", "!=", "<=", ">=", "&&", "||", "->", "+", "-", "*", "/", "=", "<", ">", "(", ")", "{", "}", ",", ";", "!"} {
		if strings.HasPrefix(l.src[start:], op) {
			for i := 1; i < len(op); i++ {
				l.advance()
			}
			return Token{Op, op, line, col}
		}
	}
	return Token{Illegal, string(c), line, col}
}

func main() {
	src := `let x = 42;
fn add(a, b) -> a + b // sum
if x >= 10 && !done { return "big\n\"num\"" } else { y = 3.14 }
z != x1 @ "open`
	l := &Lexer{src: src, line: 1, col: 1}
	counts := map[Kind]int{}
	for {
		t := l.Next()
		counts[t.Kind]++
		fmt.Printf("%d:%d %-7v %q\n", t.Line, t.Col, t.Kind, t.Text)
		if t.Kind == EOF {
			break
		}
	}
	fmt.Println(counts)
}
