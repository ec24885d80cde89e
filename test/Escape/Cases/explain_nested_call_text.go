// errorcheck -0 -m -m -l

// A call whose multi-value argument gc's type checker rewrote prints as
// written in its notes, but the call inside it prints as gc's escape
// analysis rewrote it when it visited it: variadic arguments packed into
// `... argument` (or `nil...`), a method call as `(*T).M(recv, ...)`. That
// inner call's own `...` slice is made before the outer call's.

package p

import "fmt"

func minmax(first int, rest ...int) (int, int) { // ERROR "^rest does not escape$"
	lo, hi := first, first
	for _, v := range rest {
		if v < lo {
			lo = v
		}
		if v > hi {
			hi = v
		}
	}
	return lo, hi
}

type cache struct{ m map[string]int }

func (c *cache) get(k string) (int, bool) { // ERROR "^c does not escape$" "^k does not escape$"
	v, ok := c.m[k]
	return v, ok
}

func printAll(c *cache) { // ERROR "^c does not escape$"
	fmt.Println(minmax(5)) // ERROR "^\.autotmp_2 escapes to heap:$" "^  flow: \{storage for \.\.\. argument\} = &\{storage for \.autotmp_2\}:$" "^    from \.autotmp_2 \(spill\) at LINE(:13)?$" "^    from \.\.\. argument \(slice-literal-element\) at LINE(:13)?$" "^  flow: \{heap\} = \{storage for \.\.\. argument\}:$" "^    from \.\.\. argument \(spill\) at LINE(:13)?$" "^    from fmt\.Println\(minmax\(5, nil\.\.\.\)\) \(call parameter\) at LINE(:13)?$" "^\.autotmp_1 escapes to heap:$" "^  flow: \{storage for \.\.\. argument\} = &\{storage for \.autotmp_1\}:$" "^    from \.autotmp_1 \(spill\) at LINE(:13)?$" "^\.\.\. argument does not escape$" "^\.autotmp_1 escapes to heap$" "^\.autotmp_2 escapes to heap$"
	fmt.Println(minmax(5, 9, -2, 7)) // ERROR "^\.autotmp_4 escapes to heap:$" "^  flow: \{storage for \.\.\. argument\} = &\{storage for \.autotmp_4\}:$" "^    from \.autotmp_4 \(spill\) at LINE(:13)?$" "^    from \.\.\. argument \(slice-literal-element\) at LINE(:13)?$" "^  flow: \{heap\} = \{storage for \.\.\. argument\}:$" "^    from \.\.\. argument \(spill\) at LINE(:13)?$" "^    from fmt\.Println\(minmax\(5, \.\.\. argument\.\.\.\)\) \(call parameter\) at LINE(:13)?$" "^\.autotmp_3 escapes to heap:$" "^  flow: \{storage for \.\.\. argument\} = &\{storage for \.autotmp_3\}:$" "^    from \.autotmp_3 \(spill\) at LINE(:13)?$" "^\.\.\. argument does not escape$" "^\.autotmp_3 escapes to heap$" "^\.autotmp_4 escapes to heap$"
	fmt.Println(c.get("a")) // ERROR "^\.autotmp_6 escapes to heap:$" "^  flow: \{storage for \.\.\. argument\} = &\{storage for \.autotmp_6\}:$" "^    from \.autotmp_6 \(spill\) at LINE(:13)?$" "^    from \.\.\. argument \(slice-literal-element\) at LINE(:13)?$" "^  flow: \{heap\} = \{storage for \.\.\. argument\}:$" "^    from \.\.\. argument \(spill\) at LINE(:13)?$" `^    from fmt\.Println\(\(\*cache\)\.get\(c, "a"\)\) \(call parameter\) at LINE(:13)?$` "^\.autotmp_5 escapes to heap:$" "^  flow: \{storage for \.\.\. argument\} = &\{storage for \.autotmp_5\}:$" "^    from \.autotmp_5 \(spill\) at LINE(:13)?$" "^\.\.\. argument does not escape$" "^\.autotmp_5 escapes to heap$" "^\.autotmp_6 escapes to heap$"
}
