package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack struct {
	items []interface{}
	log   *strings.Builder
}

func (s *Stack) Push(v interface{}) *Stack {
	s.items = append(s.items, v)
	if s.log != nil {
		s.log.WriteString(fmt.Sprint("+", v))
	}
	return s
}

func (s *Stack) Pop() (v interface{}, err error) {
	if len(s.items) == 0 {
		return nil, errors.New("empty stack")
	}
	v, s.items = s.items[len(s.items)-1], s.items[:len(s.items)-1]
	return
}

func (s *Stack) Peek() func() interface{} {
	return func() interface{} {
		if len(s.items) == 0 {
			return nil
		}
		return s.items[len(s.items)-1]
	}
}

type Machine struct {
	st    Stack
	ops   map[string]func(a, b int) int
	trace []string
}

func NewMachine() *Machine {
	m := &Machine{ops: map[string]func(a, b int) int{}}
	m.st.log = &strings.Builder{}
	m.ops["+"] = func(a, b int) int { return a + b }
	m.ops["*"] = func(a, b int) int { return a * b }
	m.ops["-"] = func(a, b int) int { return a - b }
	m.ops["/"] = func(a, b int) int { return a / b }
	return m
}

func (m *Machine) Exec(prog string) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("exec %q: %v", prog, r)
		}
		m.trace = append(m.trace, fmt.Sprintf("%s=>%d,%v", prog, result, err))
	}()
	for _, tok := range strings.Fields(prog) {
		if op, ok := m.ops[tok]; ok {
			b, e1 := m.st.Pop()
			a, e2 := m.st.Pop()
			if e1 != nil || e2 != nil {
				return 0, fmt.Errorf("underflow at %q", tok)
			}
			m.st.Push(op(a.(int), b.(int)))
			continue
		}
		n := 0
		for _, r := range tok {
			if r < '0' || r > '9' {
				panic("bad token " + tok)
			}
			n = n*10 + int(r-'0')
		}
		m.st.Push(n)
	}
	v, err := m.st.Pop()
	if err != nil {
		return 0, err
	}
	return v.(int), nil
}

func main() {
	m := NewMachine()
	peek := m.st.Peek()
	for _, p := range []string{"1 2 +", "3 4 * 5 -", "1 +", "8 0 /", "2 x *", "", "6 2 / 3 *"} {
		r, err := m.Exec(p)
		fmt.Printf("%-12q %4d %v | top=%v\n", p, r, err, peek())
	}
	fmt.Println(strings.Join(m.trace, "; "))
	fmt.Println(m.st.log.Len() > 0, len(m.st.items))
	var ss []*Stack
	for i := 0; i < 3; i++ {
		s := &Stack{}
		s.Push(i).Push(fmt.Sprint("s", i))
		ss = append(ss, s)
	}
	for _, s := range ss {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
}
