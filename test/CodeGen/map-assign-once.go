// RUN: %goscape llvm -O2 %s | FileCheck %s
// RUN: %goscape build -O2 -o %t %s
// RUN: %t 2>&1 | FileCheck --check-prefix=OUT %s
// `m[k] op= v` and `m[k] = append(m[k], ...)` call mapassign once and
// read the element through its address, as gc does. A division keeps
// the lookup, so dividing by zero inserts nothing (gc's order), and so
// does a shift by a signed count outside `<<=`/`>>=`.
package main

import "fmt"

// CHECK-LABEL: define {{.*}} @main.count(
// CHECK-NOT: gs_mapaccess
// CHECK: call ptr @gs_mapassign_faststr(
// CHECK-NOT: gs_map
func count(m map[string]int, words []string) {
	for _, w := range words {
		m[w]++
	}
}

var lists = map[int][]int{}

// CHECK-LABEL: define {{.*}} @main.push(
// CHECK-NOT: gs_mapaccess
// CHECK: call ptr @gs_mapassign_fast64(
// CHECK-NOT: gs_map
func push(k, v int) {
	lists[k] = append(lists[k], v)
}

// A local map and key, reloaded from their variables before the update.
// CHECK-LABEL: define {{.*}} @main.group(
// CHECK-NOT: gs_mapaccess
// CHECK: call ptr @gs_mapassign_faststr(
// CHECK-NOT: gs_map
func group(keys []string) map[string][]int {
	m := map[string][]int{}
	for i, k := range keys {
		m[k] = append(m[k], i)
	}
	return m
}

// CHECK-LABEL: define {{.*}} @main.concat(
// CHECK-NOT: gs_mapaccess
// CHECK: call ptr @gs_mapassign(
// CHECK-NOT: gs_map
func concat(m map[[2]string]string, k [2]string, s string) {
	m[k] += s
}

// CHECK-LABEL: define {{.*}} @main.halve(
// CHECK: call ptr @gs_mapaccess1_faststr(
// CHECK: call ptr @gs_mapassign_faststr(
func halve(m map[string]int, k string, d int) {
	m[k] /= d
}

// CHECK-LABEL: define {{.*}} @main.shift(
// CHECK-NOT: gs_mapaccess
// CHECK: call ptr @gs_mapassign_faststr(
// CHECK-NOT: gs_map
func shift(m map[string]int, k string, s int) {
	m[k] <<= s
}

// CHECK-LABEL: define {{.*}} @main.shiftPlain(
// CHECK: call ptr @gs_mapaccess1_faststr(
// CHECK: call ptr @gs_mapassign_faststr(
func shiftPlain(m map[string]int, k string, s int) {
	m[k] = m[k] << s
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what, "panics:", r)
		}
	}()
	f()
}

func main() {
	m := map[string]int{}
	count(m, []string{"a", "b", "a", "c", "a"})
	// OUT: map[a:3 b:1 c:1]
	fmt.Println(m)
	push(1, 10)
	push(1, 11)
	push(2, 20)
	// OUT-NEXT: map[1:[10 11] 2:[20]]
	fmt.Println(lists)
	// OUT-NEXT: map[a:[0 2] b:[1]]
	fmt.Println(group([]string{"a", "b", "a"}))
	// The element slice aliases the key variable: the append changes the
	// key after gc's mapassign used it.
	kk := [2]int{1, 2}
	a := map[[2]int][]int{}
	a[kk] = kk[:1]
	a[kk] = append(a[kk], 5)
	// OUT-NEXT: map{{\[}}[1 2]:[1 5]] [1 5]
	fmt.Println(a, kk)
	c := map[[2]string]string{}
	concat(c, [2]string{"x", "y"}, "p")
	concat(c, [2]string{"x", "y"}, "q")
	// OUT-NEXT: map{{\[}}[x y]:pq]
	fmt.Println(c)
	f := map[float64]int{}
	zero := 0.0
	f[zero/zero]++
	f[zero/zero] += 2
	// OUT-NEXT: 2 [1 2]
	n := []int{}
	for _, v := range f {
		n = append(n, v)
	}
	if n[0] > n[1] {
		n[0], n[1] = n[1], n[0]
	}
	fmt.Println(len(f), n)
	h := map[string]int{}
	// OUT-NEXT: halve panics: runtime error: integer divide by zero
	try("halve", func() { halve(h, "h", 0) })
	// OUT-NEXT: shift panics: runtime error: negative shift amount
	try("shift", func() { shift(h, "s", -1) })
	// OUT-NEXT: shift panics: runtime error: negative shift amount
	try("shift", func() { shiftPlain(h, "p", -1) })
	// OUT-NEXT: map[s:0]
	fmt.Println(h)
	var nilMap map[string]int
	// OUT-NEXT: count panics: assignment to entry in nil map
	try("count", func() { count(nilMap, []string{"z"}) })
	var i map[interface{}]int = map[interface{}]int{}
	// OUT-NEXT: unhashable panics: runtime error: hash of unhashable type []int
	try("unhashable", func() { i[[]int{1}] += 1 })
}
