package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b *Base) Name() string { return b.name }

type Dog struct {
	*Base
	tricks []string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	Base
	lives int
}

func (c *Cat) Sound() string { c.lives--; return "meow" }

type Loud struct{ Animal }

func (l Loud) Sound() string { return l.Animal.Sound() + "!" }

type Zoo struct {
	animals []Animal
	byName  map[string]Animal
	feed    func(Animal) int
}

func NewZoo() *Zoo {
	z := &Zoo{byName: map[string]Animal{}}
	fed := map[string]int{}
	z.feed = func(a Animal) int {
		fed[a.Name()]++
		return fed[a.Name()]
	}
	return z
}

func (z *Zoo) Add(as ...Animal) *Zoo {
	for _, a := range as {
		z.animals = append(z.animals, a)
		z.byName[a.Name()] = a
	}
	return z
}

func (z *Zoo) Chorus() (out []string) {
	for _, a := range z.animals {
		out = append(out, a.Name()+":"+a.Sound())
	}
	return
}

func main() {
	d := Dog{&Base{"rex"}, []string{"sit"}}
	c := &Cat{Base{"tom"}, 9}
	z := NewZoo().Add(d, c, Loud{Dog{&Base{"max"}, nil}}, Loud{c})
	fmt.Println(z.Chorus())
	fmt.Println(c.lives, z.feed(c), z.feed(c), z.feed(d))
	soundOf := Animal.Sound
	nameOf := (*Base).Name
	fmt.Println(soundOf(d), nameOf(d.Base), nameOf(&c.Base))
	f := c.Sound
	g := d.Sound
	d.Base = &Base{"renamed"}
	fmt.Println(f(), g(), d.Name(), c.lives)
	if l, ok := z.byName["max"].(Loud); ok {
		fmt.Println("loud", l.Name(), l.Animal.(Dog).tricks == nil)
	}
	fmt.Printf("%T %T %T\n", z.animals[0], z.animals[1], z.animals[3])
	fmt.Printf("%v %+v\n", d.tricks, c.Base)
}
