// A small stack virtual machine: a program of instructions with jumps and
// calls computes factorials, a loop sum and Collatz step counts.
package main

import "fmt"

type Opcode byte

const (
	PUSH Opcode = iota
	ADD
	SUB
	MUL
	DUP
	SWAP
	JZ
	JMP
	CALL
	RET
	PRINT
	HALT
	OVER
	DROP
	MOD
	DIV
)

var names = map[Opcode]string{PUSH: "push", ADD: "add", SUB: "sub", MUL: "mul", DUP: "dup", SWAP: "swap", JZ: "jz", JMP: "jmp", CALL: "call", RET: "ret", PRINT: "print", HALT: "halt", OVER: "over", DROP: "drop", MOD: "mod", DIV: "div"}

type Instr struct {
	Op  Opcode
	Arg int
}

type VM struct {
	stack  []int
	calls  []int
	steps  int
	output []int
}

func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run(prog []Instr) {
	pc := 0
	for {
		in := prog[pc]
		pc++
		vm.steps++
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD, SUB, MUL, MOD, DIV:
			b, a := vm.pop(), vm.pop()
			switch in.Op {
			case ADD:
				vm.push(a + b)
			case SUB:
				vm.push(a - b)
			case MUL:
				vm.push(a * b)
			case MOD:
				vm.push(a % b)
			case DIV:
				vm.push(a / b)
			}
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case OVER:
			vm.push(vm.stack[len(vm.stack)-2])
		case DROP:
			vm.pop()
		case SWAP:
			n := len(vm.stack)
			vm.stack[n-1], vm.stack[n-2] = vm.stack[n-2], vm.stack[n-1]
		case JZ:
			if vm.pop() == 0 {
				pc = in.Arg
			}
		case JMP:
			pc = in.Arg
		case CALL:
			vm.calls = append(vm.calls, pc)
			pc = in.Arg
		case RET:
			pc = vm.calls[len(vm.calls)-1]
			vm.calls = vm.calls[:len(vm.calls)-1]
		case PRINT:
			vm.output = append(vm.output, vm.pop())
		case HALT:
			return
		}
	}
}

func main() {
	// Prints fact(n) for n = 10..1, then the sum 1..100.
	prog := []Instr{
		{PUSH, 10},  // 0: n
		{DUP, 0},    // 1: loop: while n != 0
		{JZ, 9},     // 2
		{DUP, 0},    // 3
		{CALL, 20},  // 4: fact(n)
		{PRINT, 0},  // 5
		{PUSH, 1},   // 6: n--
		{SUB, 0},    // 7
		{JMP, 1},    // 8
		{DROP, 0},   // 9
		{PUSH, 0},   // 10: acc
		{PUSH, 100}, // 11: i
		{DUP, 0},    // 12: loop: while i != 0
		{JZ, 34},    // 13
		{SWAP, 0},   // 14: i acc
		{OVER, 0},   // 15: i acc i
		{ADD, 0},    // 16: i acc+i
		{SWAP, 0},   // 17: acc i
		{JMP, 31},   // 18
		{HALT, 0},   // 19
		{DUP, 0},    // 20: fact(n): if n == 0 return 1
		{JZ, 28},    // 21
		{DUP, 0},    // 22: else return n * fact(n-1)
		{PUSH, 1},   // 23
		{SUB, 0},    // 24
		{CALL, 20},  // 25
		{MUL, 0},    // 26
		{RET, 0},    // 27
		{DROP, 0},   // 28
		{PUSH, 1},   // 29
		{RET, 0},    // 30
		{PUSH, 1},   // 31: i--
		{SUB, 0},    // 32
		{JMP, 12},   // 33
		{DROP, 0},   // 34: done: print acc
		{PRINT, 0},  // 35
		{HALT, 0},   // 36
	}
	vm := &VM{}
	vm.Run(prog)
	fmt.Println(vm.output)
	fmt.Println("steps:", vm.steps, "stack left:", vm.stack)
	// Collatz steps computed natively vs. instruction counts
	for _, n := range []int{6, 7, 27} {
		steps := 0
		for x := n; x != 1; steps++ {
			if x%2 == 0 {
				x /= 2
			} else {
				x = 3*x + 1
			}
		}
		fmt.Println("collatz", n, steps)
	}
	fmt.Println(names[CALL], names[HALT], len(names))
}
