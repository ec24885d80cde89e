// errorcheck

// A name Go 1.19's modelled packages export but goscape does not declare
// is an unsupported feature at the selector; a name the package does not
// export keeps gc's "undefined".
// gc-agreement: skip goscape rejects library functions gc has

package p

import (
	"errors"
	"os"
	"sort"
	"strconv"
	"strings"
)

var err = errors.New("x")

var (
	_    = errors.Unwrap(err)          // supported
	_    = strconv.Quote("q")          // supported
	_    = strconv.QuoteToASCII("q")   // ERROR "strconv.QuoteToASCII is not supported by goscape"
	_    = strings.ToTitle(" a ")      // ERROR "strings.ToTitle is not supported by goscape"
	_, _ = strconv.ParseFloat("1", 64) // supported
	_, _ = strconv.ParseUint("1", 0, 64) // ERROR "strconv.ParseUint is not supported by goscape"
	_    = os.Stderr                   // ERROR "os.Stderr is not supported by goscape"
	_    sort.IntSlice                 // ERROR "sort.IntSlice is not supported by goscape"
	_    = strings.NoSuchFunc          // ERROR "undefined: strings.NoSuchFunc"
	_    = sort.notExported            // ERROR "undefined: sort.notExported"
)
