// RUN: %goscape llvm -O2 %s | FileCheck %s
// RUN: %goscape build -O2 -o %t %s
// RUN: %t 2>&1 | FileCheck --check-prefix=OUT %s
// mapaccess1 calls only read memory: repeated lookups of one key with no
// store between them are looked up once; a store to the map between two
// lookups keeps both.
package main

import "fmt"

// CHECK-LABEL: define {{.*}} @main.less(
// CHECK: call ptr @gs_mapaccess1_faststr({{.*}}) #[[RO:[0-9]+]]
// CHECK: call ptr @gs_mapaccess1_faststr({{.*}}) #[[RO]]
// CHECK-NOT: gs_mapaccess1_faststr
// CHECK-LABEL: define {{.*}} @main.reread(
func less(m map[string]int, a, b string) bool {
	if m[a] != m[b] {
		return m[a] > m[b]
	}
	return a < b
}

// CHECK: call ptr @gs_mapaccess1_faststr(
// CHECK: call ptr @gs_mapassign_faststr(
// CHECK: call ptr @gs_mapaccess1_faststr(
// CHECK-LABEL: define
// CHECK: attributes #[[RO]] = { {{.*}}memory(read){{.*}} }
func reread(m map[string]int, k string) (int, int) {
	x := m[k]
	m[k] = x + 5
	return x, m[k]
}

func main() {
	m := map[string]int{"a": 2, "b": 1, "c": 1}
	// OUT: true false true false
	fmt.Println(less(m, "a", "b"), less(m, "b", "a"), less(m, "b", "c"), less(m, "zz", "a"))
	// OUT-NEXT: 2 7
	fmt.Println(reread(m, "a"))
	defer func() { fmt.Println("recovered:", recover()) }()
	var i map[interface{}]int = map[interface{}]int{}
	f := func() int { return i[[]int{}] + i[[]int{}] }
	// OUT-NEXT: recovered: runtime error: hash of unhashable type []int
	fmt.Println(f())
}
