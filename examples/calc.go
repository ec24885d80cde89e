// calc is a small interpreter: a tokenizer, a recursive-descent parser
// building an AST of interface-typed nodes (method values as parser levels,
// panic/recover for parse errors) and an evaluator using a type switch,
// variables in a map, errors and strconv.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type TokKind int

const (
	NUM TokKind = iota
	IDENT
	OP
	EOF
)

type Token struct {
	Kind TokKind
	Text string
	Pos  int
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	scan := func(kind TokKind, ok func(byte) bool) {
		start := i
		for i < len(src) && ok(src[i]) {
			i++
		}
		toks = append(toks, Token{kind, src[start:i], start})
	}
	for i < len(src) {
		switch c := src[i]; {
		case c == ' ' || c == '\t':
			i++
		case isDigit(c):
			scan(NUM, isDigit)
		case isLetter(c):
			scan(IDENT, func(b byte) bool { return isLetter(b) || isDigit(b) })
		case strings.Contains("+-*/%()=", string(c)):
			toks = append(toks, Token{OP, string(c), i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{EOF, "", len(src)}), nil
}

type (
	Expr   interface{}
	Num    int
	Var    string
	Binary struct {
		Op   string
		L, R Expr
	}
	parser struct {
		toks []Token
		pos  int
	}
	parseError struct{ msg string }
)

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

// binary parses sub {op sub} for the operators in ops (left-associative).
func (p *parser) binary(ops string, sub func() Expr) Expr {
	e := sub()
	for t := p.peek(); t.Kind == OP && strings.Contains(ops, t.Text); t = p.peek() {
		p.next()
		e = &Binary{t.Text, e, sub()}
	}
	return e
}

func (p *parser) expr() Expr { return p.binary("+-", p.term) }
func (p *parser) term() Expr { return p.binary("*/%", p.unary) }

func (p *parser) unary() Expr {
	t := p.next()
	switch {
	case t.Text == "-":
		return &Binary{"-", Num(0), p.unary()}
	case t.Text == "(":
		e := p.expr()
		if t := p.next(); t.Text != ")" {
			panic(parseError{fmt.Sprintf("expected \")\" at %d, got %q", t.Pos, t.Text)})
		}
		return e
	case t.Kind == NUM:
		n, _ := strconv.Atoi(t.Text)
		return Num(n)
	case t.Kind == IDENT:
		return Var(t.Text)
	}
	panic(parseError{fmt.Sprintf("unexpected %q at %d", t.Text, t.Pos)})
}

func parse(toks []Token) (e Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(parseError)
			if !ok {
				panic(r)
			}
			err = errors.New(pe.msg)
		}
	}()
	p := &parser{toks: toks}
	e = p.expr()
	if p.peek().Kind != EOF {
		return nil, fmt.Errorf("trailing input at %d", p.peek().Pos)
	}
	return e, nil
}

func eval(e Expr, env map[string]int) (int, error) {
	switch n := e.(type) {
	case Num:
		return int(n), nil
	case Var:
		v, ok := env[string(n)]
		if !ok {
			return 0, fmt.Errorf("undefined variable %s", string(n))
		}
		return v, nil
	case *Binary:
		l, err := eval(n.L, env)
		r, err2 := eval(n.R, env)
		if err != nil || err2 != nil {
			if err == nil {
				err = err2
			}
			return 0, err
		}
		switch n.Op {
		case "+":
			return l + r, nil
		case "-":
			return l - r, nil
		case "*":
			return l * r, nil
		case "/", "%":
			if r == 0 {
				return 0, errors.New("division by zero")
			} else if n.Op == "/" {
				return l / r, nil
			}
			return l % r, nil
		}
	}
	return 0, fmt.Errorf("bad node %T", e)
}

func run(line string, env map[string]int) string {
	target := ""
	if i := strings.Index(line, "="); i > 0 {
		target, line = strings.Fields(line[:i])[0], line[i+1:]
	}
	toks, err := tokenize(line)
	if err != nil {
		return "lex error: " + err.Error()
	}
	e, err := parse(toks)
	if err != nil {
		return "parse error: " + err.Error()
	}
	v, err := eval(e, env)
	if err != nil {
		return "eval error: " + err.Error()
	}
	if target != "" {
		env[target] = v
		return fmt.Sprintf("%s = %d", target, v)
	}
	return fmt.Sprintf("%d tokens => %d", len(toks)-1, v)
}

func main() {
	env := map[string]int{}
	program := strings.Split("1 + 2 * 3;(1 + 2) * 3;x = 6 * 7;y = x / 5 - -3;"+
		"x % y + (x - y) * 2;z + 1;10 / (y - 11);3 $ 4;(1 + 2;4 4;width = 12;"+
		"area = width * width;-(area - 100) * 2", ";")
	for i, line := range program {
		fmt.Printf("%2d> %-22s %s\n", i+1, line, run(line, env))
	}
	fmt.Println(len(env), env["area"], env["x"], env["y"])
}
