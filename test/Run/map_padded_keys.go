// Maps keyed by structs with padding, large keys and values, interface keys
// holding structs, deletion during iteration, nested maps of pointers.
package main

import (
	"fmt"
	"sort"
)

type Padded struct {
	A int8
	B int64
	C int16
	D string
	E bool
}

type BigKey struct {
	Data [40]int
	Name string
}

type BigVal struct {
	Arr [50]int64
	S   string
}

func mkPadded(i int) Padded {
	var junk [8]int64
	for j := range junk {
		junk[j] = -1
	}
	_ = junk
	return Padded{int8(i), int64(i * 1000), int16(-i), fmt.Sprint("k", i%5), i%2 == 0}
}

func main() {
	m := map[Padded]int{}
	for i := 0; i < 100; i++ {
		m[mkPadded(i%20)]++
	}
	fmt.Println(len(m), m[Padded{3, 3000, -3, "k3", false}])
	var im = map[interface{}]int{}
	for i := 0; i < 50; i++ {
		im[mkPadded(i%10)] += i
	}
	fmt.Println(len(im), im[Padded{4, 4000, -4, "k4", true}])
	bk := map[BigKey]BigVal{}
	for i := 0; i < 300; i++ {
		var k BigKey
		k.Data[i%40] = i
		k.Name = fmt.Sprint(i % 7)
		v := bk[k]
		v.Arr[i%50] += int64(i)
		v.S += "x"
		bk[k] = v
	}
	total := int64(0)
	maxS := 0
	for _, v := range bk {
		for _, a := range v.Arr {
			total += a
		}
		if len(v.S) > maxS {
			maxS = len(v.S)
		}
	}
	fmt.Println(len(bk), total, maxS)
	del := map[int]string{}
	for i := 0; i < 1000; i++ {
		del[i] = fmt.Sprint(i)
	}
	for k := range del {
		if k%3 != 0 {
			delete(del, k)
		}
	}
	keys := make([]int, 0)
	for k := range del {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(len(del), keys[:5], keys[len(keys)-1])
	for k := range del {
		delete(del, k)
	}
	fmt.Println(len(del))
	sm := map[string][]int{}
	for i := 0; i < 20; i++ {
		k := string(rune('a' + i%4))
		sm[k] = append(sm[k], i)
	}
	fmt.Println(sm)
	type inner struct{ m map[string]int }
	outer := map[string]*inner{}
	for _, w := range []string{"x.a", "x.b", "y.a", "x.a"} {
		o, f := w[:1], w[2:]
		if outer[o] == nil {
			outer[o] = &inner{map[string]int{}}
		}
		outer[o].m[f]++
	}
	fmt.Println(outer["x"].m, outer["y"].m, len(outer))
	cm := map[rune]int{}
	for _, r := range "hello, wörld" {
		cm[r]++
	}
	fmt.Println(cm)
	var arrKey = map[[3]string]int{}
	arrKey[[3]string{"a", "b", "c"}] = 1
	ks := [3]string{"a", "b"}
	ks[2] = "c"
	fmt.Println(arrKey[ks])
	fk := map[float32]int{1.5: 1}
	fk[float32(3)/2]++
	fmt.Println(fk)
}
