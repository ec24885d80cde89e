// Interfaces embedded in structs: calls through an interface whose method is
// promoted from an embedded interface field, at one and two levels (through
// an embedded pointer), method values and expressions of such methods, and
// fmt on structs embedding a Stringer.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Named interface{ Name() string }
type Person struct{ N string }

func (p Person) Name() string    { return p.N }
func (p Person) String() string  { return "P(" + p.N + ")" }

type Employee struct {
	Named
	Salary int
}

type Manager struct {
	*Employee
	Reports []string
}

type byName []Named

func main() {
	e := Employee{Person{"ann"}, 100}
	m := Manager{&e, []string{"bob"}}
	f := e.Name
	g := Employee.Name
	h := (*Manager).Name
	fmt.Println(f(), g(e), h(&m), m.Name(), m.Salary)
	var n Named = m
	fmt.Println(n.Name())
	fmt.Printf("%v %+v\n", e, e)
	fmt.Println(e.Named)
	var n2 Named = e
	fmt.Println(n2 == Named(e), n2.Name())
	list := []Named{Person{"zed"}, e, m, Person{"amy"}}
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	var names []string
	for _, x := range list {
		names = append(names, x.Name())
	}
	fmt.Println(strings.Join(names, ","))
	anon := struct {
		Person
		Age int
	}{Person{"tim"}, 30}
	fmt.Println(anon.Name(), anon, anon.Age)
	var st fmt.Stringer = anon
	fmt.Println(st.String())
	switch v := n.(type) {
	case Employee:
		fmt.Println("employee", v.Salary)
	case Manager:
		fmt.Println("manager", len(v.Reports), v.Salary)
	}
	if s, ok := interface{}(e).(fmt.Stringer); ok {
		fmt.Println("Employee is Stringer?", s.String())
	} else {
		fmt.Println("Employee is not a Stringer")
	}
}
