package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Hall State = iota
	Library
	Vault
	Garden
	Exit
	numStates
)

var stateNames = [...]string{Hall: "hall", Library: "library", Vault: "vault", Garden: "garden", Exit: "exit"}

func (s State) String() string {
	if s < 0 || s >= numStates {
		return fmt.Sprintf("State(%d)", int(s))
	}
	return stateNames[s]
}

type Item struct {
	Name   string
	Weight int
}

type Describer interface {
	Describe() string
}

type Named struct{ name string }

func (n Named) Name() string      { return n.name }
func (n *Named) Rename(s string)  { n.name = s }
func (n Named) Describe() string  { return "a thing called " + n.name }

type Inventory struct {
	items []Item
	cap   int
}

func (inv *Inventory) Add(it Item) bool {
	total := 0
	for _, i := range inv.items {
		total += i.Weight
	}
	if total+it.Weight > inv.cap {
		return false
	}
	inv.items = append(inv.items, it)
	return true
}

func (inv Inventory) Has(name string) bool {
	for _, i := range inv.items {
		if i.Name == name {
			return true
		}
	}
	return false
}

type Player struct {
	Named
	*Inventory
	at     State
	visits map[State]int
	score  int
}

func (p *Player) Describe() string {
	return fmt.Sprintf("%s at %v carrying %d item(s)", p.Name(), p.at, len(p.items))
}

type transition struct {
	from State
	verb string
}

type action func(p *Player, arg string) (State, string)

var world map[transition]action

func init() {
	world = map[transition]action{
		{Hall, "go"}: func(p *Player, arg string) (State, string) {
			switch arg {
			case "north":
				return Library, "you enter the library"
			case "east":
				if !p.Has("key") {
					return Hall, "the vault is locked"
				}
				return Vault, "the key turns"
			case "south":
				return Garden, "fresh air"
			}
			return Hall, "you bump into a wall"
		},
		{Library, "take"}: func(p *Player, arg string) (State, string) {
			if p.Add(Item{arg, len(arg)}) {
				p.score += 10
				return Library, "taken: " + arg
			}
			return Library, "too heavy: " + arg
		},
		{Library, "go"}: func(p *Player, arg string) (State, string) {
			if arg == "south" {
				return Hall, "back in the hall"
			}
			return Library, "shelves everywhere"
		},
		{Vault, "take"}: func(p *Player, arg string) (State, string) {
			p.score += 100
			return Exit, "you grab the " + arg + " and a trapdoor opens"
		},
		{Garden, "go"}: func(p *Player, arg string) (State, string) {
			return Hall, "you wander back"
		},
	}
}

func parse(line string) (verb, arg string) {
	f := strings.Fields(line)
	switch len(f) {
	case 0:
		return "", ""
	case 1:
		return f[0], ""
	default:
		return f[0], strings.Join(f[1:], " ")
	}
}

func play(p *Player, script []string) (moves int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("game aborted:", r)
			moves = -moves
		}
	}()
outer:
	for i, line := range script {
		verb, arg := parse(line)
		moves = i + 1
		switch verb {
		case "":
			continue outer
		case "look":
			fmt.Println(" ", p.Describe())
			continue
		case "quit":
			break outer
		case "xyzzy":
			panic(fmt.Errorf("magic word at move %d", moves))
		}
		act, ok := world[transition{p.at, verb}]
		if !ok {
			fmt.Printf("  [%v] can't %q here\n", p.at, verb)
			continue
		}
		next, msg := act(p, arg)
		p.visits[next]++
		fmt.Printf("  [%v -> %v] %s\n", p.at, next, msg)
		p.at = next
		if p.at == Exit {
			break
		}
	}
	return
}

func summarize(p *Player) {
	keys := []State{}
	for s := Hall; s < numStates; s++ {
		if p.visits[s] > 0 {
			keys = append(keys, s)
		}
	}
	var b strings.Builder
	for i, s := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(fmt.Sprintf("%v=%d", s, p.visits[s]))
	}
	fmt.Println("visits:", b.String())
}

func countdown(n int) string {
	out := []string{}
	i := n
loop:
	if i > 0 {
		out = append(out, fmt.Sprint(i))
		i--
		goto loop
	}
	return strings.Join(out, " ")
}

func grade(score int) string {
	s := ""
	switch {
	case score >= 100:
		s += "A"
		fallthrough
	case score >= 50:
		s += "B"
		fallthrough
	case score >= 10:
		s += "C"
	default:
		s += "F"
	}
	return s
}

func main() {
	scripts := [][]string{
		{"look", "go east", "go north", "take key", "take lamp", "take encyclopedia", "dance", "go south", "go east", "look", "take crown", "look"},
		{"go south", "go anywhere", "", "go west", "quit", "go north"},
		{"go north", "xyzzy", "look"},
	}
	for n, sc := range scripts {
		p := &Player{Named: Named{fmt.Sprintf("p%d", n)}, Inventory: &Inventory{cap: 8}, visits: map[State]int{}}
		fmt.Printf("== game %d (%s)\n", n, p.Named.Describe())
		m := play(p, sc)
		fmt.Printf("moves=%d score=%d grade=%s\n", m, p.score, grade(p.score))
		summarize(p)
		var d Describer = p
		fmt.Println(d.Describe())
		d = p.Named
		fmt.Println(d.Describe())
		rename := p.Rename
		rename("hero")
		nameOf := Named.Name
		fmt.Println(nameOf(p.Named), p.Name())
	}
	fmt.Println(countdown(5), State(7), Exit)
	fmt.Printf("%v %d %s %x\n", Vault, Vault, Garden, Library)
	fmt.Println(grade(0), grade(10), grade(60), grade(1000))
}
