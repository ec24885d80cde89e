// Recursive types through pointers and defined types: a linked list whose
// node type is defined from another struct type, a ring of defined types,
// and a pointer-to-array type defined in terms of itself.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Elem
}

type Elem Node

type Ring struct {
	Name string
	Next *R2
}

type R2 R3
type R3 Ring

type Link *[2]Chain
type Chain Link

func length(e *Elem) int {
	n := 0
	for ; e != nil; e = e.Next {
		n++
	}
	return n
}

func main() {
	head := &Elem{1, &Elem{2, &Elem{3, nil}}}
	fmt.Println(length(head), head.Next.Val)
	n := Node(*head)
	fmt.Println(n.Val, length(n.Next))
	r := &R3{Name: "a"}
	r.Next = (*R2)(r)
	fmt.Println(r.Next.Name, r.Next.Next.Name)
	var c Chain
	arr := [2]Chain{}
	c = &arr
	arr[0] = c
	fmt.Println(c != nil, arr[0] != nil, arr[1] == nil)
}
