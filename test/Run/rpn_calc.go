// An infix calculator: shunting-yard conversion to RPN, evaluation with a
// stack, error reporting through panics recovered into errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

func tokenize(s string) []string {
	var toks []string
	num := ""
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			num += string(c)
		default:
			if num != "" {
				toks = append(toks, num)
				num = ""
			}
			if c != ' ' {
				toks = append(toks, string(c))
			}
		}
	}
	if num != "" {
		toks = append(toks, num)
	}
	return toks
}

func toRPN(toks []string) []string {
	var out, ops []string
	for _, t := range toks {
		switch {
		case t == "(":
			ops = append(ops, t)
		case t == ")":
			for len(ops) > 0 && ops[len(ops)-1] != "(" {
				out = append(out, ops[len(ops)-1])
				ops = ops[:len(ops)-1]
			}
			if len(ops) == 0 {
				panic("mismatched )")
			}
			ops = ops[:len(ops)-1]
		case prec[t] > 0:
			for len(ops) > 0 {
				top := ops[len(ops)-1]
				if top == "(" || prec[top] < prec[t] || (prec[top] == prec[t] && t == "^") {
					break
				}
				out = append(out, top)
				ops = ops[:len(ops)-1]
			}
			ops = append(ops, t)
		default:
			out = append(out, t)
		}
	}
	for len(ops) > 0 {
		out = append(out, ops[len(ops)-1])
		ops = ops[:len(ops)-1]
	}
	return out
}

func eval(rpn []string) int {
	var st []int
	for _, t := range rpn {
		if prec[t] == 0 {
			n, err := strconv.Atoi(t)
			if err != nil {
				panic(err)
			}
			st = append(st, n)
			continue
		}
		if len(st) < 2 {
			panic(errors.New("stack underflow"))
		}
		a, b := st[len(st)-2], st[len(st)-1]
		st = st[:len(st)-2]
		var r int
		switch t {
		case "+":
			r = a + b
		case "-":
			r = a - b
		case "*":
			r = a * b
		case "/":
			r = a / b
		case "%":
			r = a % b
		case "^":
			r = 1
			for i := 0; i < b; i++ {
				r *= a
			}
		}
		st = append(st, r)
	}
	return st[0]
}

func calc(expr string) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("calc %q: %v", expr, r)
		}
	}()
	rpn := toRPN(tokenize(expr))
	fmt.Println("  rpn:", strings.Join(rpn, " "))
	return eval(rpn), nil
}

func main() {
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "100 / 7 % 4", "10 - 4 - 3", "7 / (3 - 3)", "1 +", "(2 + 3))", "12 * (3 + 4) - 5 ^ 2", "x + 1"} {
		v, err := calc(e)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(e, "=", v)
	}
}
