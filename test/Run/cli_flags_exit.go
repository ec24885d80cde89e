// args: -v --name=gopher -n 3 extra1 -- -notflag extra2
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Flag struct {
	Name    string
	Short   byte
	HasArg  bool
	Default string
	Set     func(string) error
}

type Options struct {
	Verbose bool
	Name    string
	Count   int
	Rest    []string
}

type UsageError struct {
	Arg    string
	Reason string
}

func (u *UsageError) Error() string { return fmt.Sprintf("usage: %s: %s", u.Arg, u.Reason) }

var phase = setup("vars")
var registry = buildRegistry()

func setup(what string) string {
	fmt.Println("init", what)
	return what
}

func buildRegistry() map[string]int {
	fmt.Println("init registry after", phase)
	return map[string]int{"count": 0}
}

func init() { fmt.Println("init func 1, registry size", len(registry)) }

func flags(o *Options) []Flag {
	return []Flag{
		{"verbose", 'v', false, "false", func(string) error { o.Verbose = true; return nil }},
		{"name", 'N', true, "anon", func(s string) error {
			if s == "" {
				return &UsageError{"--name", "empty"}
			}
			o.Name = s
			return nil
		}},
		{"n", 'n', true, "1", func(s string) error {
			n, err := strconv.Atoi(s)
			if err != nil {
				return fmt.Errorf("bad count %q: %w", s, err)
			}
			o.Count = n
			return nil
		}},
	}
}

func parse(args []string) (o Options, err error) {
	fs := flags(&o)
	for _, f := range fs {
		if f.HasArg {
			if e := f.Set(f.Default); e != nil {
				return o, e
			}
		}
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			o.Rest = append(o.Rest, args[i+1:]...)
			return
		case strings.HasPrefix(a, "--"):
			name, val := a[2:], ""
			if eq := strings.Index(name, "="); eq >= 0 {
				name, val = name[:eq], name[eq+1:]
			}
			found := false
			for _, f := range fs {
				if f.Name != name {
					continue
				}
				found = true
				if err = f.Set(val); err != nil {
					return
				}
			}
			if !found {
				return o, &UsageError{a, "unknown flag"}
			}
		case len(a) == 2 && a[0] == '-':
			var fl *Flag
			for k := range fs {
				if fs[k].Short == a[1] {
					fl = &fs[k]
				}
			}
			if fl == nil {
				return o, &UsageError{a, "unknown short flag"}
			}
			val := ""
			if fl.HasArg {
				if i+1 >= len(args) {
					return o, &UsageError{a, "missing value"}
				}
				i++
				val = args[i]
			}
			if err = fl.Set(val); err != nil {
				return
			}
		default:
			o.Rest = append(o.Rest, a)
		}
	}
	return
}

func run(o Options) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("run panicked:", r)
			code = 4
		}
	}()
	for i := 0; i < o.Count; i++ {
		fmt.Printf("%d: hello, %s%s\n", i, o.Name, strings.Repeat("!", i))
	}
	if o.Verbose {
		fmt.Printf("%+v\n", o)
	}
	registry["count"] += o.Count
	if len(o.Rest) > 2 {
		_ = o.Rest[o.Count]
	}
	return len(o.Rest)
}

func main() {
	fmt.Println(len(os.Args) > 0, os.Args[1:])
	tests := [][]string{
		os.Args[1:],
		{"-n", "x"},
		{"--name="},
		{"--bogus"},
		{"-n"},
		{"-q"},
		{"a", "b", "c", "-n", "1"},
	}
	codes := []int{}
	for _, t := range tests {
		o, err := parse(t)
		if err != nil {
			var ue *UsageError
			if e, ok := err.(*UsageError); ok {
				ue = e
			}
			fmt.Printf("error: %v (usage=%t)\n", err, ue != nil)
			codes = append(codes, -1)
			continue
		}
		codes = append(codes, run(o))
	}
	fmt.Println(codes, registry)
	defer fmt.Println("deferred print is skipped by os.Exit")
	defer func() {
		fmt.Println("exiting with", codes[0])
		os.Exit(codes[0] + 10)
	}()
	panic("trigger deferred exit")
}
