// An LRU cache with a doubly linked list, a tokenizer for arithmetic
// expressions and a tiny stack VM that evaluates them.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type entry struct {
	key        string
	val        int
	prev, next *entry
}

type LRU struct {
	cap   int
	items map[string]*entry
	head  *entry
	tail  *entry
	hits  int
	miss  int
	onEvict func(key string, val int)
}

func NewLRU(capacity int, onEvict func(string, int)) *LRU {
	return &LRU{cap: capacity, items: make(map[string]*entry), onEvict: onEvict}
}

func (c *LRU) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU) pushFront(e *entry) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU) Get(key string) (int, bool) {
	e, ok := c.items[key]
	if !ok {
		c.miss++
		return 0, false
	}
	c.hits++
	c.unlink(e)
	c.pushFront(e)
	return e.val, true
}

func (c *LRU) Put(key string, val int) {
	if e, ok := c.items[key]; ok {
		e.val = val
		c.unlink(e)
		c.pushFront(e)
		return
	}
	e := &entry{key: key, val: val}
	c.items[key] = e
	c.pushFront(e)
	if len(c.items) > c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		if c.onEvict != nil {
			c.onEvict(old.key, old.val)
		}
	}
}

func (c *LRU) Keys() []string {
	var keys []string
	for e := c.head; e != nil; e = e.next {
		keys = append(keys, e.key)
	}
	return keys
}

func (c *LRU) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for e := c.head; e != nil; e = e.next {
		if e != c.head {
			sb.WriteString(" ")
		}
		sb.WriteString(fmt.Sprintf("%s=%d", e.key, e.val))
	}
	sb.WriteString("]")
	return sb.String()
}

type TokKind int

const (
	NUM TokKind = iota
	OP
	LPAREN
	RPAREN
)

type Token struct {
	Kind TokKind
	Text string
	Pos  int
}

func (t Token) String() string {
	return fmt.Sprintf("%d:%q", t.Kind, t.Text)
}

var errEmpty = errors.New("empty input")

func tokenize(src string) ([]Token, error) {
	if len(strings.Fields(src)) == 0 {
		return nil, errEmpty
	}
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			start := i
			for i < len(src) && src[i] >= '0' && src[i] <= '9' {
				i++
			}
			toks = append(toks, Token{NUM, src[start:i], start})
		case strings.Contains("+-*/", string(c)):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, fmt.Errorf("bad char %q at %d", c, i)
		}
	}
	return toks, nil
}

func prec(op string) int {
	if op == "*" || op == "/" {
		return 2
	}
	return 1
}

// toRPN is the shunting-yard algorithm.
func toRPN(toks []Token) []Token {
	var out, stack []Token
	for _, t := range toks {
		switch t.Kind {
		case NUM:
			out = append(out, t)
		case OP:
			for len(stack) > 0 {
				top := stack[len(stack)-1]
				if top.Kind != OP || prec(top.Text) < prec(t.Text) {
					break
				}
				out = append(out, top)
				stack = stack[:len(stack)-1]
			}
			stack = append(stack, t)
		case LPAREN:
			stack = append(stack, t)
		case RPAREN:
			for len(stack) > 0 && stack[len(stack)-1].Kind != LPAREN {
				out = append(out, stack[len(stack)-1])
				stack = stack[:len(stack)-1]
			}
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		out = append(out, stack[i])
	}
	return out
}

type Instr struct {
	Op  byte
	Arg int
}

type VM struct {
	code  []Instr
	stack []int
	trace func(pc int, in Instr)
}

func compile(rpn []Token) ([]Instr, error) {
	code := make([]Instr, 0, len(rpn))
	for _, t := range rpn {
		if t.Kind == NUM {
			n, err := strconv.Atoi(t.Text)
			if err != nil {
				return nil, err
			}
			code = append(code, Instr{'P', n})
			continue
		}
		code = append(code, Instr{t.Text[0], 0})
	}
	return code, nil
}

func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run() (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm: %v", r)
		}
	}()
	for pc, in := range vm.code {
		if vm.trace != nil {
			vm.trace(pc, in)
		}
		switch in.Op {
		case 'P':
			vm.stack = append(vm.stack, in.Arg)
		case '+', '-', '*', '/':
			b, a := vm.pop(), vm.pop()
			var r int
			switch in.Op {
			case '+':
				r = a + b
			case '-':
				r = a - b
			case '*':
				r = a * b
			case '/':
				r = a / b
			}
			vm.stack = append(vm.stack, r)
		}
	}
	return vm.pop(), nil
}

func eval(src string, cache *LRU) (int, error) {
	if v, ok := cache.Get(src); ok {
		return v, nil
	}
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	code, err := compile(toRPN(toks))
	if err != nil {
		return 0, err
	}
	steps := 0
	vm := &VM{code: code, trace: func(pc int, in Instr) { steps++ }}
	v, err := vm.Run()
	if err != nil {
		return 0, err
	}
	cache.Put(src, v)
	fmt.Printf("%-16s = %6d (%d steps)\n", src, v, steps)
	return v, nil
}

func main() {
	var evicted []string
	cache := NewLRU(3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s:%d", k, v))
	})
	exprs := []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / (4 - 2)", "1 + 2 * 3", "7 * 6", "", "2 $ 3", "8 / (2 - 2)", "100 - 1"}
	for _, e := range exprs {
		if _, err := eval(e, cache); err != nil {
			fmt.Println("error:", err)
		}
	}
	toks, _ := tokenize("(3+4)*5")
	fmt.Println(toks)
	fmt.Println(cache, cache.Keys(), cache.hits, cache.miss)
	fmt.Println(strings.Join(evicted, ","))
}
