// errorcheck -0 -m -l

// The modelled fmt package: every argument of Println/Sprintf/... is
// converted to interface{} and escapes; the ... slice does not.

package p

import "fmt"

type pt struct{ x, y int }

func println1(n int) {
	fmt.Println(n) // ERROR "^\.\.\. argument does not escape$" "^n escapes to heap$"
}

func printlnMany(a int, s string, p *int) { // ERROR "^leaking param: s$" "^leaking param: p$"
	fmt.Println(a, s, p) // ERROR "^\.\.\. argument does not escape$" "^a escapes to heap$" "^s escapes to heap$"
}

func printlnNoArgs() {
	fmt.Println()
}

func printlnConst() {
	fmt.Println("const", 1) // ERROR "^\.\.\. argument does not escape$" `^"const" escapes to heap$` "^1 escapes to heap$"
}

func printfVerbs(n int, s string) { // ERROR "^leaking param: s$"
	fmt.Printf("%d %s\n", n, s) // ERROR "^\.\.\. argument does not escape$" "^n escapes to heap$" "^s escapes to heap$"
}

func printStruct(v pt) {
	fmt.Print(v) // ERROR "^\.\.\. argument does not escape$" "^v escapes to heap$"
}

func printPtrStruct(v *pt) { // ERROR "^leaking param: v$"
	fmt.Printf("%+v\n", v) // ERROR "^\.\.\. argument does not escape$"
}

func sprintfResult(n int) string {
	return fmt.Sprintf("n=%d", n) // ERROR "^\.\.\. argument does not escape$" "^n escapes to heap$"
}

func sprintResult(a, b string) string { // ERROR "^leaking param: a$" "^leaking param: b$"
	return fmt.Sprint(a, b) // ERROR "^\.\.\. argument does not escape$" "^a escapes to heap$" "^b escapes to heap$"
}

func sprintlnLocal(x float64) int {
	s := fmt.Sprintln(x) // ERROR "^\.\.\. argument does not escape$" "^x escapes to heap$"
	return len(s)
}

func errorfResult(code int) error {
	return fmt.Errorf("code %d", code) // ERROR "^\.\.\. argument does not escape$" "^code escapes to heap$"
}

func printAddrOfLocal() {
	x := 1 // ERROR "^moved to heap: x$"
	fmt.Println(&x) // ERROR "^\.\.\. argument does not escape$"
}

func printSlice(s []int) { // ERROR "^leaking param: s$"
	fmt.Println(s) // ERROR "^\.\.\. argument does not escape$" "^s escapes to heap$"
}

func printSpread(args []interface{}) { // ERROR "^leaking param content: args$"
	fmt.Println(args...)
}

func printIface(x interface{}) { // ERROR "^leaking param: x$"
	fmt.Println(x) // ERROR "^\.\.\. argument does not escape$"
}

func printError(e error) { // ERROR "^leaking param: e$"
	fmt.Println(e) // ERROR "^\.\.\. argument does not escape$"
}

func printMap(m map[string]int) { // ERROR "^leaking param: m$"
	fmt.Println(len(m), m) // ERROR "^\.\.\. argument does not escape$" "^len\(m\) escapes to heap$"
}

func printLiteral() {
	fmt.Println([]int{1, 2}) // ERROR "^\.\.\. argument does not escape$" "^\[\]int\{\.\.\.\} escapes to heap$"
}

func sprintfPtr(p *pt) string { // ERROR "^p does not escape$"
	return fmt.Sprintf("%v", *p) // ERROR "^\.\.\. argument does not escape$" "^\*p escapes to heap$"
}
