package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Handler func(args []string) (string, error)

type Middleware func(Handler) Handler

type Plugin interface {
	Name() string
	Commands() map[string]Handler
}

type Registry struct {
	plugins  []Plugin
	commands map[string]Handler
	history  []string
	buf      []byte
	hooks    []func(string)
}

type echoPlugin struct{ prefix string }

func (e *echoPlugin) Name() string { return "echo" }
func (e *echoPlugin) Commands() map[string]Handler {
	return map[string]Handler{
		"echo": func(args []string) (string, error) { return e.prefix + strings.Join(args, " "), nil },
		"upper": func(args []string) (string, error) {
			if len(args) == 0 {
				return "", errors.New("upper: no input")
			}
			return strings.ToUpper(strings.Join(args, " ")), nil
		},
	}
}

type mathPlugin struct {
	calls int
}

func (m *mathPlugin) Name() string { return "math" }
func (m *mathPlugin) sum(args []string) (string, error) {
	m.calls++
	total := 0
	for _, a := range args {
		n, err := strconv.Atoi(a)
		if err != nil {
			return "", fmt.Errorf("sum: bad number %q", a)
		}
		total += n
	}
	return fmt.Sprint(total), nil
}
func (m *mathPlugin) Commands() map[string]Handler {
	return map[string]Handler{"sum": m.sum, "count": m.count}
}
func (m *mathPlugin) count(args []string) (string, error) {
	m.calls++
	return fmt.Sprintf("%d args, %d calls", len(args), m.calls), nil
}

func logging(r *Registry, name string) Middleware {
	return func(next Handler) Handler {
		return func(args []string) (string, error) {
			out, err := next(args)
			r.history = append(r.history, fmt.Sprintf("%s(%d)=%q err=%v", name, len(args), out, err))
			return out, err
		}
	}
}

func recovering(next Handler) Handler {
	return func(args []string) (out string, err error) {
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("panic: %v", p)
			}
		}()
		return next(args)
	}
}

func NewRegistry(ps ...Plugin) *Registry {
	r := &Registry{commands: make(map[string]Handler)}
	for _, p := range ps {
		r.Register(p)
	}
	return r
}

func (r *Registry) Register(p Plugin) {
	r.plugins = append(r.plugins, p)
	for name, h := range p.Commands() {
		chain := []Middleware{recovering, logging(r, p.Name()+"."+name)}
		for _, mw := range chain {
			h = mw(h)
		}
		r.commands[name] = h
	}
}

func (r *Registry) OnRun(f func(string)) { r.hooks = append(r.hooks, f) }

func (r *Registry) Run(line string) string {
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return "<empty>"
	}
	for _, h := range r.hooks {
		h(fields[0])
	}
	h, ok := r.commands[fields[0]]
	if !ok {
		return "unknown command " + fields[0]
	}
	out, err := h(fields[1:])
	if err != nil {
		return "error: " + err.Error()
	}
	r.buf = append(r.buf, out...)
	r.buf = append(r.buf, '\n')
	return out
}

func (r *Registry) Drain(n int) string {
	if n > len(r.buf) {
		n = len(r.buf)
	}
	s := string(r.buf[:n])
	r.buf = r.buf[n:]
	return s
}

func (r *Registry) Names() []string {
	names := make([]string, 0, len(r.commands))
	for k := range r.commands {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

type panicPlugin struct{}

func (panicPlugin) Name() string { return "panic" }
func (panicPlugin) Commands() map[string]Handler {
	return map[string]Handler{
		"boom": func(args []string) (string, error) {
			var m map[string]int
			m[args[0]]++
			return "", nil
		},
		"idx": func(args []string) (string, error) { return args[5], nil },
	}
}

func counterHook() (func(string), func() map[string]int) {
	seen := map[string]int{}
	return func(cmd string) { seen[cmd]++ }, func() map[string]int { return seen }
}

func main() {
	mp := &mathPlugin{}
	r := NewRegistry(&echoPlugin{prefix: "> "}, mp, panicPlugin{})
	hook, seen := counterHook()
	r.OnRun(hook)
	total := 0
	r.OnRun(func(s string) { total += len(s) })
	lines := []string{
		"echo hello world",
		"upper",
		"upper mixed Case",
		"sum 1 2 3 40",
		"sum 1 x",
		"count a b c",
		"boom key",
		"idx a",
		"nope",
		"",
		"sum -5 5",
	}
	for _, l := range lines {
		fmt.Printf("%-20q => %s\n", l, r.Run(l))
	}
	fmt.Println(r.Names())
	fmt.Println(seen(), total, mp.calls)
	for _, h := range r.history {
		fmt.Println(" ", h)
	}
	fmt.Printf("%q\n", r.Drain(10))
	fmt.Printf("%q\n", r.Drain(1000))
	fmt.Printf("%q %d\n", r.Drain(3), len(r.buf))
	for i, p := range r.plugins {
		fmt.Printf("%d %s %T\n", i, p.Name(), p)
	}
}
