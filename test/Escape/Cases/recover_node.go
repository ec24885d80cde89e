// errorcheck -0 -m -l

// recover() inside a converted expression prints as gc's ORECOVERFP
// node.

package p

import "fmt"

func recoverExpr() {
	defer func() { // ERROR "^func literal does not escape$"
		fmt.Println(recover() != nil) // ERROR "^\.\.\. argument does not escape$" "^\(<node RECOVERFP>\) != nil escapes to heap$"
	}()
}
