// errorcheck

// The modelled standard packages.

package p

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)
func f() error {
	var sb strings.Builder
	sb.WriteString("x")
	fmt.Println(sb.String(), strings.Repeat("a", 2), strings.ToUpper("b"))
	n, err := strconv.Atoi("12")
	if err != nil {
		return fmt.Errorf("bad: %v", err)
	}
	s := []int{3, 1, n}
	sort.Ints(s)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	_ = strconv.Itoa(len(os.Args))
	_ = strings.Split("a,b", ",")
	return errors.New("x")
}
