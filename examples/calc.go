// calc is a small interpreter: a hand-written tokenizer over a string, a
// recursive-descent parser building an AST of interface-typed nodes, and an
// evaluator with variables and error reporting. It demonstrates interfaces,
// type switches, pointers to structs, maps, errors, panic/recover for parse
// errors, and strconv.
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

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c >= '0' && c <= '9':
			start := i
			for i < len(src) && src[i] >= '0' && src[i] <= '9' {
				i++
			}
			toks = append(toks, Token{NUM, src[start:i], start})
		case c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'):
			start := i
			for i < len(src) && (src[i] == '_' || (src[i] >= 'a' && src[i] <= 'z') ||
				(src[i] >= 'A' && src[i] <= 'Z') || (src[i] >= '0' && src[i] <= '9')) {
				i++
			}
			toks = append(toks, Token{IDENT, src[start:i], start})
		case strings.Contains("+-*/%()=", string(c)):
			toks = append(toks, Token{OP, string(c), i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{EOF, "", len(src)}), nil
}

type Expr interface{}

type Num int
type Var string
type Unary struct {
	Op string
	X  Expr
}
type Binary struct {
	Op   string
	L, R Expr
}

type parser struct {
	toks []Token
	pos  int
}

type parseError struct{ msg string }

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

func (p *parser) expect(text string) {
	if t := p.next(); t.Text != text {
		panic(parseError{fmt.Sprintf("expected %q at %d, got %q", text, t.Pos, t.Text)})
	}
}

// expr := term {(+|-) term}; term := unary {(*|/|%) unary}
func (p *parser) expr() Expr {
	e := p.term()
	for t := p.peek(); t.Text == "+" || t.Text == "-"; t = p.peek() {
		p.next()
		e = &Binary{t.Text, e, p.term()}
	}
	return e
}

func (p *parser) term() Expr {
	e := p.unary()
	for t := p.peek(); t.Text == "*" || t.Text == "/" || t.Text == "%"; t = p.peek() {
		p.next()
		e = &Binary{t.Text, e, p.unary()}
	}
	return e
}

func (p *parser) unary() Expr {
	t := p.next()
	switch {
	case t.Text == "-":
		return &Unary{"-", p.unary()}
	case t.Text == "(":
		e := p.expr()
		p.expect(")")
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
	case *Unary:
		x, err := eval(n.X, env)
		return -x, err
	case *Binary:
		l, err := eval(n.L, env)
		if err != nil {
			return 0, err
		}
		r, err := eval(n.R, env)
		if err != nil {
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
			}
			if n.Op == "/" {
				return l / r, nil
			}
			return l % r, nil
		}
	}
	return 0, fmt.Errorf("bad node %T", e)
}

func show(e Expr) string {
	switch n := e.(type) {
	case Num:
		return strconv.Itoa(int(n))
	case Var:
		return string(n)
	case *Unary:
		return "(neg " + show(n.X) + ")"
	case *Binary:
		return "(" + n.Op + " " + show(n.L) + " " + show(n.R) + ")"
	}
	return "?"
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
	return fmt.Sprintf("%s => %d", show(e), v)
}

func main() {
	env := map[string]int{}
	program := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"x = 6 * 7",
		"y = x / 5 - -3",
		"x % y + (x - y) * 2",
		"z + 1",
		"10 / (y - 11)",
		"3 $ 4",
		"(1 + 2",
		"4 4",
		"width = 12",
		"area = width * width",
		"-(area - 100) * 2",
	}
	for i, line := range program {
		fmt.Printf("%2d> %-22s %s\n", i+1, line, run(line, env))
	}
	fmt.Println(len(env), env["area"], env["x"], env["y"])
}
