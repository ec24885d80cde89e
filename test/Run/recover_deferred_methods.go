// A method deferred directly (value, pointer, through an interface or as a
// method value) is the deferred function: recover in it stops the panic.
// A function it calls gets nil from recover.
package main

import "fmt"

type R struct{}

func (R) Rec() { fmt.Println("method got", recover()) }

func helper() interface{} { return recover() }

func (R) Indirect() {
	fmt.Println("helper got", helper())
	fmt.Println("then method got", recover())
}

func (*R) PRec() { fmt.Println("ptr method got", recover()) }

type Recoverer interface{ Rec() }

func viaIface() {
	var r Recoverer = R{}
	defer r.Rec()
	panic("iface")
}

func viaValue() {
	defer R{}.Rec()
	panic("value")
}

func viaPtr() {
	r := &R{}
	defer r.PRec()
	panic("ptr")
}

func viaMethodValue() {
	f := R{}.Rec
	defer f()
	panic("method value")
}

func viaIndirect() {
	defer R{}.Indirect()
	panic("indirect")
}

func main() {
	viaIndirect()
	viaIface()
	viaValue()
	viaPtr()
	viaMethodValue()
	fmt.Println("done")
}
