// A panic deep in a call chain, after deferred calls in several frames
// printed their messages.
package main

import "fmt"

type stack struct{ data []int }

func (s *stack) pop() int {
	defer fmt.Println("pop deferred")
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v
}

func drain(s *stack, n int) {
	defer fmt.Println("drain deferred")
	for i := 0; i < n; i++ {
		fmt.Println("popped", s.pop())
	}
}

func main() {
	defer fmt.Println("main deferred")
	drain(&stack{[]int{1, 2}}, 3)
}
