// embedding demonstrates struct embedding: promoted fields and methods
// (through values and pointers), shadowing of a promoted method by an outer
// one, multi-level embedding, embedding a pointer type, and satisfying an
// interface through promoted methods.
package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Dump() string { return strings.Join(l.lines, "\n") }

type Entity struct {
	ID   int
	Name string
}

func (e Entity) Describe() string { return fmt.Sprintf("#%d %s", e.ID, e.Name) }
func (e *Entity) Rename(n string) { e.Name = n }

type Account struct {
	Entity
	*Logger
	Balance int
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.Logf("deposit %d -> %d", n, a.Balance)
}

func (a *Account) Withdraw(n int) bool {
	if n > a.Balance {
		a.Logf("withdraw %d refused (balance %d)", n, a.Balance)
		return false
	}
	a.Balance -= n
	a.Logf("withdraw %d -> %d", n, a.Balance)
	return true
}

// Savings embeds Account and shadows Describe.
type Savings struct {
	Account
	Rate int // percent
}

func (s Savings) Describe() string {
	return s.Account.Describe() + fmt.Sprintf(" (savings at %d%%)", s.Rate)
}

func (s *Savings) AddInterest() {
	s.Deposit(s.Balance * s.Rate / 100)
}

type Describer interface{ Describe() string }

type depositor interface {
	Deposit(int)
	Withdraw(int) bool
}

func main() {
	log := &Logger{prefix: "[bank] "}
	acc := &Account{Entity: Entity{1, "alice"}, Logger: log}
	acc.Deposit(100)
	acc.Withdraw(30)
	acc.Withdraw(500)
	acc.Rename("Alice")
	fmt.Println(acc.Describe(), acc.Name, acc.Entity.ID, acc.Balance)

	sav := &Savings{Account: Account{Entity: Entity{2, "bob"}, Logger: log}, Rate: 5}
	sav.Deposit(1000)
	sav.AddInterest()
	sav.AddInterest()
	fmt.Println(sav.Describe())
	fmt.Println(sav.Account.Describe(), sav.Entity.Describe())

	ds := []Describer{acc, sav, acc.Entity, *sav, Entity{3, "carol"}}
	for _, d := range ds {
		fmt.Printf("%-40s %T\n", d.Describe(), d)
	}

	movers := []depositor{acc, sav, &sav.Account}
	for i, m := range movers {
		m.Deposit(10 * (i + 1))
	}
	fmt.Println(acc.Balance, sav.Balance)

	// Both accounts share one embedded *Logger.
	fmt.Println(log.Dump())
	fmt.Println(len(acc.lines), acc.Logger == sav.Logger)

	// Anonymous struct with embedded field.
	tmp := struct {
		Entity
		Tags []string
	}{Entity{9, "temp"}, []string{"a", "b"}}
	tmp.Rename("renamed")
	fmt.Printf("%+v %s\n", tmp, tmp.Describe())
}
