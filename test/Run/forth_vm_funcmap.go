package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Stack []int

func (s *Stack) Push(v ...int) { *s = append(*s, v...) }

func (s *Stack) Pop() (int, error) {
	n := len(*s)
	if n == 0 {
		return 0, ErrUnderflow
	}
	v := (*s)[n-1]
	*s = (*s)[:n-1]
	return v, nil
}

func (s Stack) Peek() (v int, ok bool) {
	if len(s) > 0 {
		v, ok = s[len(s)-1], true
	}
	return
}

func (s Stack) String() string {
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = strconv.Itoa(v)
	}
	return "<" + strings.Join(parts, " ") + ">"
}

var (
	ErrUnderflow = errors.New("stack underflow")
	ErrUnknown   = errors.New("unknown word")
)

type VM struct {
	data    Stack
	ret     Stack
	words   map[string]Word
	defs    map[string][]string
	out     strings.Builder
	trace   func(string, Stack)
	depth   int
	maxDeep int
}

type Word func(vm *VM) error

// Named func types can have methods too.
func (w Word) Then(next Word) Word {
	return func(vm *VM) error {
		if err := w(vm); err != nil {
			return err
		}
		return next(vm)
	}
}

type binop func(a, b int) (int, error)

func (op binop) word() Word {
	return func(vm *VM) error {
		b, err := vm.data.Pop()
		if err != nil {
			return err
		}
		a, err := vm.data.Pop()
		if err != nil {
			return err
		}
		r, err := op(a, b)
		if err != nil {
			return err
		}
		vm.data.Push(r)
		return nil
	}
}

type VMError struct {
	Word string
	Pos  int
	Err  error
}

func (e *VMError) Error() string {
	return fmt.Sprintf("at %d (%s): %v", e.Pos, e.Word, e.Err)
}

func (e *VMError) Unwrap() error { return e.Err }

func NewVM() *VM {
	vm := &VM{words: map[string]Word{}, defs: map[string][]string{}, maxDeep: 20}
	arith := map[string]binop{
		"+": func(a, b int) (int, error) { return a + b, nil },
		"-": func(a, b int) (int, error) { return a - b, nil },
		"*": func(a, b int) (int, error) { return a * b, nil },
		"/": func(a, b int) (int, error) {
			if b == 0 {
				return 0, errors.New("division by zero")
			}
			return a / b, nil
		},
		"mod": func(a, b int) (int, error) {
			if b == 0 {
				return 0, errors.New("division by zero")
			}
			return a % b, nil
		},
		"max": func(a, b int) (int, error) {
			if a > b {
				return a, nil
			}
			return b, nil
		},
	}
	for name, op := range arith {
		vm.words[name] = op.word()
	}
	vm.words["dup"] = func(vm *VM) error {
		v, ok := vm.data.Peek()
		if !ok {
			return ErrUnderflow
		}
		vm.data.Push(v)
		return nil
	}
	vm.words["drop"] = func(vm *VM) error { _, err := vm.data.Pop(); return err }
	vm.words["swap"] = func(vm *VM) error {
		b, e1 := vm.data.Pop()
		a, e2 := vm.data.Pop()
		if e1 != nil || e2 != nil {
			return ErrUnderflow
		}
		vm.data.Push(b, a)
		return nil
	}
	vm.words["over"] = vm.words["swap"].Then(vm.words["dup"]).Then(func(vm *VM) error {
		// ( a b -- a b a ) built from swap dup rot-like moves
		top, _ := vm.data.Pop()
		mid, _ := vm.data.Pop()
		low, err := vm.data.Pop()
		if err != nil {
			return err
		}
		vm.data.Push(mid, low, top)
		return nil
	})
	vm.words["."] = func(vm *VM) error {
		v, err := vm.data.Pop()
		if err == nil {
			vm.out.WriteString(strconv.Itoa(v) + " ")
		}
		return err
	}
	vm.words[".s"] = (*VM).printStack
	vm.words["emit"] = func(vm *VM) error {
		v, err := vm.data.Pop()
		if err == nil {
			vm.out.WriteByte(byte(v))
		}
		return err
	}
	return vm
}

func (vm *VM) printStack() error {
	vm.out.WriteString(vm.data.String() + " ")
	return nil
}

func (vm *VM) Run(src string) (err error) {
	toks := strings.Fields(src)
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if vm.trace != nil {
			vm.trace(t, vm.data)
		}
		switch {
		case t == ":":
			end := i + 1
			for end < len(toks) && toks[end] != ";" {
				end++
			}
			if end >= len(toks) || end == i+1 {
				return &VMError{t, i, errors.New("unterminated definition")}
			}
			name := toks[i+1]
			vm.defs[name] = append([]string(nil), toks[i+2:end]...)
			i = end
			continue
		case t == "times":
			n, err := vm.data.Pop()
			if err != nil || i+1 >= len(toks) {
				return &VMError{t, i, ErrUnderflow}
			}
			body := toks[i+1]
			for k := 0; k < n; k++ {
				if err := vm.Run(body); err != nil {
					return err
				}
			}
			i++
			continue
		}
		if n, err := strconv.Atoi(t); err == nil {
			vm.data.Push(n)
			continue
		}
		if def, ok := vm.defs[t]; ok {
			vm.depth++
			if vm.depth > vm.maxDeep {
				panic("recursion too deep in " + t)
			}
			err := vm.Run(strings.Join(def, " "))
			vm.depth--
			if err != nil {
				return fmt.Errorf("in %s: %w", t, err)
			}
			continue
		}
		w, ok := vm.words[t]
		if !ok {
			return &VMError{t, i, ErrUnknown}
		}
		if err := w(vm); err != nil {
			return &VMError{t, i, err}
		}
	}
	return nil
}

func main() {
	vm := NewVM()
	progs := []string{
		"2 3 + 4 * .",
		"10 3 mod . 7 2 / . 5 9 max .",
		"1 2 swap .s drop drop",
		"3 4 over .s . . .",
		": sq dup * ; : quad sq sq ; 3 quad .",
		"72 emit 105 emit 10 emit",
		"1 0 / .",
		"+",
		"5 nosuchword",
		": loop loop ; loop",
		"0 3 times 1 .s",
		": broken",
	}
	for _, p := range progs {
		vm.out.Reset()
		vm.data = vm.data[:0]
		err := vm.Run(p)
		fmt.Printf("%-40q -> %q", p, vm.out.String())
		if err != nil {
			var ve *VMError
			fmt.Printf(" error: %v", err)
			if errors.As(err, &ve) {
				fmt.Printf(" [word=%s unknown=%v underflow=%v]", ve.Word, errors.Is(err, ErrUnknown), errors.Is(err, ErrUnderflow))
			}
		}
		fmt.Println()
	}
	var steps []string
	vm.trace = func(tok string, s Stack) {
		steps = append(steps, tok+s.String())
	}
	vm.Run("1 2 + dup *")
	fmt.Println(strings.Join(steps, " | "))
	names := make([]string, 0, len(vm.words))
	for k := range vm.words {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Println(names, len(vm.defs))
	var s Stack
	s.Push(1, 2, 3)
	pop := s.Pop
	v, _ := pop()
	fmt.Println(v, s, Stack.String(s), fmt.Sprint(&s))
}
