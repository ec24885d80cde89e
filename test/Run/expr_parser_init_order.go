// Package-level variables initialised across dependencies (including a
// func call and a len of an array) before two init functions, then a lexer
// and recursive-descent parser returning error values (pointer error
// type, sentinel errors compared with ==, type switch over the AST).

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var (
	total = compute(a, b)
	a     = initA()
	b     = a * 2
	names = []string{"x", label}
	label = fmt.Sprint("lbl", c)
	c     = len(names0)
)

var names0 = [...]string{"p", "q", "r"}

func initA() int { fmt.Println("initA"); return 3 }
func compute(x, y int) int {
	fmt.Println("compute", x, y)
	return x + y
}

func init() { fmt.Println("init1", total, names) }
func init() { fmt.Println("init2") }

type TokenKind int

const (
	NUM TokenKind = iota
	PLUS
	MINUS
	STAR
	SLASH
	LPAREN
	RPAREN
	EOF
)

var kindNames = [...]string{"NUM", "PLUS", "MINUS", "STAR", "SLASH", "LPAREN", "RPAREN", "EOF"}

func (k TokenKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokenKind
	Val  int
	Pos  int
}

type ParseError struct {
	Pos int
	Msg string
}

func (e *ParseError) Error() string { return fmt.Sprintf("pos %d: %s", e.Pos, e.Msg) }

var ErrEmpty = errors.New("empty input")

func lex(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		ch := s[i]
		switch {
		case ch == ' ':
			i++
		case ch >= '0' && ch <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			n, err := strconv.Atoi(s[i:j])
			if err != nil {
				return nil, err
			}
			toks = append(toks, Token{NUM, n, i})
			i = j
		case strings.Contains("+-*/()", string(ch)):
			k := TokenKind(strings.Index("+-*/()", string(ch)) + 1)
			toks = append(toks, Token{Kind: k, Pos: i})
			i++
		default:
			return nil, &ParseError{i, fmt.Sprintf("unexpected %q", ch)}
		}
	}
	if len(toks) == 0 {
		return nil, ErrEmpty
	}
	return append(toks, Token{Kind: EOF, Pos: len(s)}), nil
}

type Node interface{ Eval() (int, error) }
type Num int
type Bin struct {
	Op   TokenKind
	L, R Node
}

func (n Num) Eval() (int, error) { return int(n), nil }
func (b *Bin) Eval() (int, error) {
	l, err := b.L.Eval()
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval()
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case PLUS:
		return l + r, nil
	case MINUS:
		return l - r, nil
	case STAR:
		return l * r, nil
	case SLASH:
		if r == 0 {
			return 0, errors.New("division by zero")
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %v", b.Op)
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

func (p *parser) expr() (Node, error) {
	l, err := p.term()
	if err != nil {
		return nil, err
	}
	for p.peek().Kind == PLUS || p.peek().Kind == MINUS {
		op := p.next().Kind
		r, err := p.term()
		if err != nil {
			return nil, err
		}
		l = &Bin{op, l, r}
	}
	return l, nil
}

func (p *parser) term() (Node, error) {
	l, err := p.factor()
	if err != nil {
		return nil, err
	}
	for p.peek().Kind == STAR || p.peek().Kind == SLASH {
		op := p.next().Kind
		r, err := p.factor()
		if err != nil {
			return nil, err
		}
		l = &Bin{op, l, r}
	}
	return l, nil
}

func (p *parser) factor() (Node, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		return Num(t.Val), nil
	case LPAREN:
		n, err := p.expr()
		if err != nil {
			return nil, err
		}
		if p.peek().Kind != RPAREN {
			return nil, &ParseError{p.peek().Pos, "expected )"}
		}
		p.next()
		return n, nil
	case MINUS:
		n, err := p.factor()
		if err != nil {
			return nil, err
		}
		return &Bin{MINUS, Num(0), n}, nil
	}
	return nil, &ParseError{t.Pos, "unexpected " + t.Kind.String()}
}

func describe(n Node) string {
	switch v := n.(type) {
	case Num:
		return strconv.Itoa(int(v))
	case *Bin:
		return "(" + describe(v.L) + " " + v.Op.String() + " " + describe(v.R) + ")"
	default:
		return fmt.Sprintf("%T", v)
	}
}

func main() {
	inputs := []string{"1 + 2 * 3", "(1+2)*3", "10/(5-5)", "2*(3+4", "", "7 $ 2", "-3*-3", "100/7/2", "99999999999999999999"}
	for _, in := range inputs {
		toks, err := lex(in)
		if err != nil {
			if pe, ok := err.(*ParseError); ok {
				fmt.Printf("%-12q lex error at %d: %v\n", in, pe.Pos, err)
			} else if err == ErrEmpty {
				fmt.Printf("%-12q empty: %v\n", in, err)
			} else {
				fmt.Printf("%-12q other: %v (%T)\n", in, err, err)
			}
			continue
		}
		p := &parser{toks: toks}
		n, err := p.expr()
		if err == nil && p.peek().Kind != EOF {
			err = &ParseError{p.peek().Pos, "trailing " + p.peek().Kind.String()}
		}
		if err != nil {
			fmt.Printf("%-12q parse error: %v\n", in, err)
			continue
		}
		v, err := n.Eval()
		fmt.Printf("%-12q %s = %d, %v\n", in, describe(n), v, err)
	}
	fmt.Println(toksString([]Token{{NUM, 1, 0}, {PLUS, 0, 1}}))
	fmt.Printf("%v %+v\n", Token{STAR, 0, 3}, &Token{NUM, 5, 0})
}

func toksString(ts []Token) string {
	parts := make([]string, 0, len(ts))
	for _, t := range ts {
		parts = append(parts, fmt.Sprint(t))
	}
	return strings.Join(parts, ",")
}
