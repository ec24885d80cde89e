// Package mapsbench measures Go 1.19's own map on the operations of
// bench/maps/MapBench.cpp, for bench/maps/compare.py.
//
// Each benchmark is Benchmark<Op>/<key>/<N>, and one b.N iteration
// performs N operations (compare.py divides ns/op by N). Keys are the same
// as on the C++ side: splitmix64 of the index, and "k" + 16 hex digits.
//
// Besides ns/op (wall time), every benchmark reports cpu-ns/op: the CPU
// time of the whole process (all threads, so Go's concurrent GC included)
// spent in the timed part, which other load on the machine does not
// inflate. The C++ side measures the same (MeasureProcessCPUTime).
//
// Run: cd bench/go && GO111MODULE=off go test -bench . -benchtime 0.5s
package mapsbench

import (
	"fmt"
	"syscall"
	"testing"
	"time"
)

// cpuNow returns the user+system CPU time used by the process so far.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// cpuTimer accumulates process CPU time over the timed parts of a benchmark.
type cpuTimer struct {
	total time.Duration
	start time.Duration
}

func (c *cpuTimer) begin() { c.start = cpuNow() }
func (c *cpuTimer) end()   { c.total += cpuNow() - c.start }
func (c *cpuTimer) report(b *testing.B) {
	b.ReportMetric(float64(c.total.Nanoseconds())/float64(b.N), "cpu-ns/op")
}

func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

const missOffset = uint64(1) << 40

var sizes = []int{1000, 100000, 1000000}

type keySet struct {
	ints, missInts []int64
	strs, missStrs []string
}

var cache = map[int]*keySet{}

func keys(n int) *keySet {
	if k, ok := cache[n]; ok {
		return k
	}
	k := &keySet{}
	for i := 0; i < n; i++ {
		k.ints = append(k.ints, int64(splitmix64(uint64(i))))
		k.missInts = append(k.missInts, int64(splitmix64(uint64(i)+missOffset)))
		k.strs = append(k.strs, fmt.Sprintf("k%016x", splitmix64(uint64(i))))
		k.missStrs = append(k.missStrs, fmt.Sprintf("k%016x", splitmix64(uint64(i)+missOffset)))
	}
	cache[n] = k
	return k
}

var sink int64

func each(b *testing.B, f func(b *testing.B, n int)) {
	for _, n := range sizes {
		n := n
		keys(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) { f(b, n) })
	}
}

func insertInt(b *testing.B, n int, hint bool) {
	ks := keys(n).ints
	var c cpuTimer
	b.ResetTimer()
	c.begin()
	defer func() { c.end(); c.report(b) }()
	for i := 0; i < b.N; i++ {
		var m map[int64]int64
		if hint {
			m = make(map[int64]int64, n)
		} else {
			m = make(map[int64]int64)
		}
		for j, k := range ks {
			m[k] = int64(j)
		}
		sink += int64(len(m))
	}
}

func insertStr(b *testing.B, n int, hint bool) {
	ks := keys(n).strs
	var c cpuTimer
	b.ResetTimer()
	c.begin()
	defer func() { c.end(); c.report(b) }()
	for i := 0; i < b.N; i++ {
		var m map[string]int64
		if hint {
			m = make(map[string]int64, n)
		} else {
			m = make(map[string]int64)
		}
		for j, k := range ks {
			m[k] = int64(j)
		}
		sink += int64(len(m))
	}
}

func BenchmarkInsertNoHint(b *testing.B) {
	b.Run("int64", func(b *testing.B) { each(b, func(b *testing.B, n int) { insertInt(b, n, false) }) })
	b.Run("string", func(b *testing.B) { each(b, func(b *testing.B, n int) { insertStr(b, n, false) }) })
}

func BenchmarkInsertHint(b *testing.B) {
	b.Run("int64", func(b *testing.B) { each(b, func(b *testing.B, n int) { insertInt(b, n, true) }) })
	b.Run("string", func(b *testing.B) { each(b, func(b *testing.B, n int) { insertStr(b, n, true) }) })
}

func buildInt(n int) map[int64]int64 {
	m := make(map[int64]int64)
	for j, k := range keys(n).ints {
		m[k] = int64(j)
	}
	return m
}

func buildStr(n int) map[string]int64 {
	m := make(map[string]int64)
	for j, k := range keys(n).strs {
		m[k] = int64(j)
	}
	return m
}

func lookupInt(b *testing.B, n int, hit bool) {
	m := buildInt(n)
	probe := keys(n).ints
	if !hit {
		probe = keys(n).missInts
	}
	var c cpuTimer
	b.ResetTimer()
	c.begin()
	defer func() { c.end(); c.report(b) }()
	for i := 0; i < b.N; i++ {
		var s int64
		for _, k := range probe {
			s += m[k]
		}
		sink += s
	}
}

func lookupStr(b *testing.B, n int, hit bool) {
	m := buildStr(n)
	probe := keys(n).strs
	if !hit {
		probe = keys(n).missStrs
	}
	var c cpuTimer
	b.ResetTimer()
	c.begin()
	defer func() { c.end(); c.report(b) }()
	for i := 0; i < b.N; i++ {
		var s int64
		for _, k := range probe {
			s += m[k]
		}
		sink += s
	}
}

func BenchmarkLookupHit(b *testing.B) {
	b.Run("int64", func(b *testing.B) { each(b, func(b *testing.B, n int) { lookupInt(b, n, true) }) })
	b.Run("string", func(b *testing.B) { each(b, func(b *testing.B, n int) { lookupStr(b, n, true) }) })
}

func BenchmarkLookupMiss(b *testing.B) {
	b.Run("int64", func(b *testing.B) { each(b, func(b *testing.B, n int) { lookupInt(b, n, false) }) })
	b.Run("string", func(b *testing.B) { each(b, func(b *testing.B, n int) { lookupStr(b, n, false) }) })
}

func BenchmarkDelete(b *testing.B) {
	b.Run("int64", func(b *testing.B) {
		each(b, func(b *testing.B, n int) {
			ks := keys(n).ints
			var c cpuTimer
			b.ResetTimer()
			defer c.report(b)
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				m := buildInt(n)
				b.StartTimer()
				c.begin()
				for _, k := range ks {
					delete(m, k)
				}
				c.end()
			}
		})
	})
	b.Run("string", func(b *testing.B) {
		each(b, func(b *testing.B, n int) {
			ks := keys(n).strs
			var c cpuTimer
			b.ResetTimer()
			defer c.report(b)
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				m := buildStr(n)
				b.StartTimer()
				c.begin()
				for _, k := range ks {
					delete(m, k)
				}
				c.end()
			}
		})
	})
}

func BenchmarkIterate(b *testing.B) {
	b.Run("int64", func(b *testing.B) {
		each(b, func(b *testing.B, n int) {
			m := buildInt(n)
			var c cpuTimer
			b.ResetTimer()
			c.begin()
			defer func() { c.end(); c.report(b) }()
			for i := 0; i < b.N; i++ {
				var s int64
				for _, v := range m {
					s += v
				}
				sink += s
			}
		})
	})
	b.Run("string", func(b *testing.B) {
		each(b, func(b *testing.B, n int) {
			m := buildStr(n)
			var c cpuTimer
			b.ResetTimer()
			c.begin()
			defer func() { c.end(); c.report(b) }()
			for i := 0; i < b.N; i++ {
				var s int64
				for _, v := range m {
					s += v
				}
				sink += s
			}
		})
	})
}
