// RUN: %goscape ssa %s | FileCheck %s
// Builtins: make (slice/map), append (elements and ...), copy, delete,
// len/cap, new, panic (a terminator), print.
package p

func b(m map[int]int, s []byte, t string) int {
	x := make([]int, 0, 4)
	y := make([]int, 3)
	x = append(x, 1, 2)
	x = append(x, y...)
	s = append(s, t...)
	n := copy(y, x)
	delete(m, 1)
	if n > 100 {
		panic("too many")
	}
	println(len(x), cap(y))
	return n
}

// CHECK-LABEL: func b(%m map[int]int, %s []byte, %t string) int ; 6:6
// CHECK: %t0 = makeslice []int 0:int, 4:int ; 7:11 undecided
// CHECK: %t1 = makeslice []int 3:int, 3:int ; 8:11 undecided
// CHECK: %t2 = append %t0, 1:int, 2:int ; 9:12
// CHECK: %t3 = append %t2, %t1... ; 10:12
// CHECK: %t4 = append %s, %t... ; 11:12
// CHECK: %t5 = copy %t1, %t3 ; 12:11
// CHECK: mapdelete %m[1:int] ; 13:8
// CHECK: panic %t7 ; 15:8
// CHECK: %t8 = builtin len(%t3) ; 17:13
// CHECK: %t9 = builtin cap(%t1) ; 17:21
// CHECK: builtin println(%t8, %t9) ; 17:9
