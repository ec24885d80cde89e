// Struct literals (keyed, positional, nested, &T{}), anonymous structs,
// field assignment through pointers, structs copied by value in slices.
package main

import "fmt"

type Address struct {
	Street string
	Zip    int
}

type Person struct {
	Name    string
	Age     int
	Addr    Address
	Tags    []string
	Manager *Person
}

func birthday(p *Person) { p.Age++ }

func older(p Person) Person {
	p.Age += 10
	return p
}

func main() {
	boss := &Person{Name: "Boss", Age: 50}
	p := Person{"Ann", 30, Address{"Main St", 12345}, []string{"a", "b"}, boss}
	birthday(&p)
	q := older(p)
	fmt.Println(p.Name, p.Age, q.Age, p.Addr.Zip, p.Manager.Name)
	q.Tags[0] = "shared"
	fmt.Println(p.Tags, q.Tags)
	people := []Person{{Name: "X"}, {Name: "Y", Age: 5}}
	for _, pp := range people {
		pp.Age = 100
	}
	fmt.Println(people[0].Age, people[1].Age)
	for i := range people {
		people[i].Age = 100 + i
	}
	fmt.Println(people[0].Age, people[1].Age)
	anon := struct {
		A int
		B []int
	}{A: 1}
	anon.B = append(anon.B, 2)
	fmt.Printf("%v %+v\n", anon, anon)
	pts := []*Address{{"a", 1}, {"b", 2}}
	for _, a := range pts {
		a.Zip *= 10
	}
	fmt.Println(*pts[0], *pts[1])
	var empty struct{}
	fmt.Println(empty, struct{}{} == empty)
	fmt.Printf("%+v\n", Person{Name: "Z", Addr: Address{Zip: 1}})
}
