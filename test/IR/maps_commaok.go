// RUN: %goscape ssa %s | FileCheck %s
// Map reads, comma-ok lookups, map element updates and op=, type
// assertions and receives with comma-ok.
package p

func m(x map[string]int, i interface{}, c chan int) (int, bool, bool) {
	v, ok := x["a"]
	x["b"] += v
	s, ok2 := i.(string)
	_ = s
	r, ok3 := <-c
	return r, ok && ok2, ok3
}

// CHECK-LABEL: func m(%x map[string]int, %i interface{}, %c chan int) (int, bool, bool) ; 6:6
// CHECK: %t0 = lookup %x["a":string],ok ; 7:12
// CHECK: %t3 = lookup %x["b":string] ; 8:3
// CHECK: mapupdate %x["b":string] = %t4 ; 8:9
// CHECK: %t5 = typeassert %i.(string),ok ; 9:13
// CHECK: %t8 = <-%c,ok ; 11:12
