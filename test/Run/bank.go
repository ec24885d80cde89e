// A bank-account simulation: accounts behind an interface, transfers
// that fail with errors, an audit log, interest applied with integer
// cents, and a final report sorted by balance.
package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account interface {
	ID() string
	Balance() int64
	Deposit(cents int64)
	Withdraw(cents int64) error
}

type checking struct {
	id        string
	cents     int64
	overdraft int64
}

func (c *checking) ID() string      { return c.id }
func (c *checking) Balance() int64  { return c.cents }
func (c *checking) Deposit(n int64) { c.cents += n }
func (c *checking) Withdraw(n int64) error {
	if c.cents-n < -c.overdraft {
		return fmt.Errorf("%s: %v (balance %d, want %d)", c.id, ErrInsufficient, c.cents, n)
	}
	c.cents -= n
	return nil
}

type savings struct {
	checking
	rateBP int64
}

func (s *savings) Withdraw(n int64) error {
	if n > 50000 {
		return fmt.Errorf("%s: withdrawal limit exceeded", s.id)
	}
	return s.checking.Withdraw(n)
}

func (s *savings) addInterest() int64 {
	i := s.cents * s.rateBP / 10000
	s.cents += i
	return i
}

type Bank struct {
	accounts map[string]Account
	log      []string
}

func (b *Bank) Transfer(from, to string, n int64) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "FAILED: " + err.Error()
		}
		b.log = append(b.log, fmt.Sprintf("transfer %s->%s %s: %s", from, to, money(n), status))
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(n); err != nil {
		return err
	}
	dst.Deposit(n)
	return nil
}

func money(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func main() {
	b := &Bank{accounts: map[string]Account{}}
	for _, a := range []Account{
		&checking{"alice", 10000, 5000},
		&checking{"bob", 2500, 0},
		&savings{checking{"carol", 100000, 0}, 250},
	} {
		b.accounts[a.ID()] = a
	}
	b.Transfer("alice", "bob", 12000)
	b.Transfer("alice", "bob", 5000)
	b.Transfer("bob", "carol", 20000)
	b.Transfer("carol", "alice", 60000)
	b.Transfer("carol", "alice", 40000)
	b.Transfer("dave", "alice", 1)
	b.Transfer("bob", "erin", 1)
	for _, l := range b.log {
		fmt.Println(l)
	}
	if s, ok := b.accounts["carol"].(*savings); ok {
		fmt.Println("interest for carol:", money(s.addInterest()))
	}
	ids := []string{}
	var total int64
	for id, a := range b.accounts {
		ids = append(ids, id)
		total += a.Balance()
	}
	sort.Slice(ids, func(i, j int) bool { return b.accounts[ids[i]].Balance() > b.accounts[ids[j]].Balance() })
	for _, id := range ids {
		fmt.Printf("%-6s %12s\n", id, money(b.accounts[id].Balance()))
	}
	fmt.Println("total", money(total))
	err := b.accounts["bob"].Withdraw(1 << 40)
	fmt.Println(err)
}
