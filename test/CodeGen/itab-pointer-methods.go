// RUN: %goscape llvm -O0 %s | FileCheck %s
// A pointer method of *T itself takes the interface's data word as its
// receiver, so the itab holds the method (as gc's does) and a dynamic call
// costs no wrapper frame. A value method, or one promoted through an
// embedded field, still goes through a wrapper that finds the receiver.
package main

type Shape interface {
	Area() int
	Name() string
}

type Sq struct{ S int }

func (s *Sq) Area() int   { return s.S * s.S }
func (s Sq) Name() string { return "sq" }

type Framed struct{ *Sq }

// CHECK-DAG: @"itab:*main.Sq,main.Shape" = {{.*}}[ptr @"main.(*Sq).Area", ptr @"*main.Sq.Name\C2\B7iface"]
// CHECK-DAG: @"itab:*main.Framed,main.Shape" = {{.*}}[ptr @"*main.Framed.Area\C2\B7iface", ptr @"*main.Framed.Name\C2\B7iface"]

func main() {
	var s Shape = &Sq{3}
	println(s.Area(), s.Name())
	s = &Framed{&Sq{2}}
	println(s.Area(), s.Name())
}
