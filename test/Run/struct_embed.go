// Struct embedding: promoted fields and methods (value and pointer),
// shadowing by the outer type, embedded pointers, multi-level promotion.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

type Mid struct {
	Base
	Level int
}

func (m Mid) Kind() string { return "mid" }

type Top struct {
	*Mid
	Extra string
}

type Logger struct{ lines []string }

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) }

type Service struct {
	Logger
	name string
}

func main() {
	m := Mid{Base{1, "one"}, 2}
	fmt.Println(m.ID, m.Name, m.Describe(), m.Kind(), m.Base.Kind())
	m.Rename("uno")
	fmt.Println(m.Name, m.Base.Name)
	t := Top{&m, "x"}
	t.Rename("eins")
	t.ID = 10
	fmt.Println(m.Name, m.ID, t.Describe(), t.Kind(), t.Level)
	s := Service{name: "svc"}
	s.Log("start")
	s.Log("stop")
	fmt.Println(s.lines, len(s.Logger.lines))
	fmt.Printf("%v\n%+v\n", m, m)
	copyM := m
	copyM.Base.ID = 99
	fmt.Println(m.ID, copyM.ID)
}
