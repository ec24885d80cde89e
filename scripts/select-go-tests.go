// Command select-go-tests chooses the tests of Go's own test suite that
// goscape runs (test/GoSuite), and writes their lists.
//
// typecheck.txt names the single-file errorcheck tests whose diagnostics a
// type checker alone produces and whose source stays inside goscape's
// language (docs: shared SPEC section 1):
//
//   - recipe `// errorcheck` with no flag that asks gc for other
//     diagnostics (-m, -live, -d=nil, -lang=..., -std, -+, ...);
//   - build constraints true on linux/amd64 with the gc toolchain;
//   - imports only fmt, errors, strconv, strings, os, sort and unsafe, and
//     of those only the members the SPEC models;
//   - no type parameters, instantiations, constraint interfaces, `any` or
//     `comparable`; no imaginary literals or complex types and builtins;
//   - no gc-specific directives (//go:linkname, //go:embed, ...; line
//     directives are in);
//   - not one of the files run.go itself expects gc 1.19 (types2) to
//     fail on.
//
// Files with syntax errors are kept (the parser is under test too): the
// feature checks then run on the partial syntax tree plus a token scan.
//
// escape.txt names escape*.go, Go's escape analysis tests, and the other
// single-file errorcheck tests that ask only for escape analysis and
// inlining diagnostics (-m, -m=2, with -0, -l, -N, -C, -e) and stay inside
// the subset as typecheck.txt's do.
//
// run.txt names the single-file `// run` tests without arguments that pass
// the same language, platform and package checks: goscape builds and runs
// them, and compares their output with Go's NAME.out (test/format/gorun.py).
//
// Usage (scripts/select-go-tests wraps this):
//
//	go run scripts/select-go-tests.go [-root DIR] [-out DIR] [-v]
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/build/constraint"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// modelled lists, per importable package, the members goscape knows.
var modelled = map[string][]string{
	"fmt": {"Println", "Print", "Printf", "Sprintf", "Sprint", "Sprintln",
		"Errorf"},
	"errors":  {"New"},
	"strconv": {"Itoa", "Atoi"},
	"strings": {"Builder", "Repeat", "Join", "Split", "Contains",
		"HasPrefix", "Index", "ToUpper", "Fields"},
	"os":     {"Exit", "Args"},
	"sort":   {"Ints", "Strings", "Slice"},
	"unsafe": {"Pointer", "Sizeof", "Alignof", "Offsetof"},
}

// neutralFlags do not change what a type-checking compile reports.
var neutralFlags = map[string]bool{
	"-C": true, "-e": true, "-l": true, "-N": true,
	"-d=panic": true, "-d=ssa/check/on": true,
}

// types2Failures are the single-file errorcheck tests that Go 1.19's
// run.go skips because gc's new type checker does not satisfy them.
var types2Failures = map[string]bool{
	"notinheap.go":            true,
	"shift1.go":               true,
	"fixedbugs/issue18331.go": true,
	"fixedbugs/issue20233.go": true,
	"fixedbugs/issue20245.go": true,
}

// Identifiers that only the excluded features use.
var excludedIdents = map[string]string{
	"complex": "complex numbers", "real": "complex numbers",
	"imag": "complex numbers", "complex64": "complex numbers",
	"complex128": "complex numbers",
	"any":        "generics", "comparable": "generics",
}

var allowedDirectives = map[string]bool{"build": true, "noinline": true}

// genericDecl spots type parameter lists in files go/parser gave up on.
var genericDecl = regexp.MustCompile(
	`(?m)^\s*(func\s+\w+\s*\[|type\s+\w+\s*\[\s*\w+\s+[\w~*\[(])`)

func main() {
	root := flag.String("root", "/usr/share/go-1.19/test", "Go's test directory")
	out := flag.String("out", "test/GoSuite", "directory for the lists")
	verbose := flag.Bool("v", false, "print why each candidate is excluded")
	flag.Parse()

	var files []string
	for _, pat := range []string{"*.go", "fixedbugs/*.go"} {
		m, err := filepath.Glob(filepath.Join(*root, pat))
		if err != nil {
			fail(err)
		}
		files = append(files, m...)
	}
	sort.Strings(files)

	var selected, runnable, extraEscape []string
	reasons := map[string]int{}
	candidates, runCandidates := 0, 0
	for _, path := range files {
		rel, _ := filepath.Rel(*root, path)
		src, err := os.ReadFile(path)
		if err != nil {
			fail(err)
		}
		if isCandidate, why := examine(rel, src); isCandidate {
			candidates++
			if why == "" {
				selected = append(selected, rel)
			} else if isEscapeTest(rel, src) {
				extraEscape = append(extraEscape, rel)
			} else {
				reasons[why]++
				if *verbose {
					fmt.Fprintf(os.Stderr, "exclude %s: %s\n", rel, why)
				}
			}
		}
		if isCandidate, why := examineRun(rel, src); isCandidate {
			runCandidates++
			if why == "" {
				runnable = append(runnable, rel)
			} else if *verbose {
				fmt.Fprintf(os.Stderr, "exclude run %s: %s\n", rel, why)
			}
		}
	}

	escape, err := filepath.Glob(filepath.Join(*root, "escape*.go"))
	if err != nil {
		fail(err)
	}
	for i := range escape {
		escape[i], _ = filepath.Rel(*root, escape[i])
	}
	for _, rel := range extraEscape {
		if !strings.HasPrefix(rel, "escape") {
			escape = append(escape, rel)
		}
	}
	sort.Strings(escape)

	writeList(filepath.Join(*out, "typecheck.txt"),
		"Type-checking errorcheck tests of Go 1.19 in goscape's subset,\n"+
			"relative to "+*root+".", selected)
	writeList(filepath.Join(*out, "escape.txt"),
		"Escape analysis errorcheck tests of Go 1.19, relative to "+*root+".",
		escape)
	writeList(filepath.Join(*out, "run.txt"),
		"Single-file `// run` tests of Go 1.19 in goscape's subset (built,\n"+
			"run, output compared with NAME.out), relative to "+*root+".",
		runnable)
	fmt.Printf("%d single-file run tests without arguments; %d in run.txt\n",
		runCandidates, len(runnable))

	fmt.Printf("%d single-file errorcheck tests; %d selected for typecheck.txt, "+
		"%d in escape.txt\n", candidates, len(selected), len(escape))
	var keys []string
	for k := range reasons {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if reasons[keys[i]] != reasons[keys[j]] {
			return reasons[keys[i]] > reasons[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Printf("  excluded %4d: %s\n", reasons[k], k)
	}
}

// examine reports whether rel is a single-file errorcheck test, and if it
// is, why it is not selected ("" if it is).
func examine(rel string, src []byte) (bool, string) {
	action, flags, constraints := recipe(string(src))
	if action != "errorcheck" && action != "errorcheckwithauto" {
		return false, "not errorcheck"
	}
	if action == "errorcheckwithauto" {
		return true, "errorcheckwithauto (<autogenerated> diagnostics)"
	}
	for _, f := range flags {
		if strings.HasPrefix(f, "-m") {
			return true, "escape analysis test (-m)"
		}
	}
	for _, f := range flags {
		if !neutralFlags[f] {
			return true, "gc flag " + f
		}
	}
	return true, subsetProblem(rel, src, constraints)
}

// isEscapeTest reports whether rel, a single-file errorcheck test, asks gc
// for escape analysis and inlining diagnostics only and stays inside the
// subset.
func isEscapeTest(rel string, src []byte) bool {
	action, flags, constraints := recipe(string(src))
	if action != "errorcheck" {
		return false
	}
	asksM := false
	for _, f := range flags {
		switch {
		case f == "-m" || f == "-m=2":
			asksM = true
		case f == "-0" || neutralFlags[f]:
		default:
			return false
		}
	}
	return asksM && subsetProblem(rel, src, constraints) == ""
}

// examineRun reports whether rel is a single-file `// run` test without
// arguments, and if it is, why it is not selected ("" if it is).
func examineRun(rel string, src []byte) (bool, string) {
	action, flags, constraints := recipe(string(src))
	if action != "run" {
		return false, "not run"
	}
	if len(flags) != 0 {
		return true, "run with arguments"
	}
	return true, subsetProblem(rel, src, constraints)
}

// subsetProblem says why a test's source leaves goscape's language or
// platform ("" if it does not).
func subsetProblem(rel string, src []byte, constraints []string) string {
	for _, line := range constraints {
		expr, err := constraint.Parse(line)
		if err == nil && !expr.Eval(buildTag) {
			return "build constraint false on linux/amd64"
		}
	}
	if types2Failures[rel] {
		return "fails with gc 1.19 itself (run.go's types2 list)"
	}
	if why := directives(string(src)); why != "" {
		return why
	}
	if why := scanTokens(src); why != "" {
		return why
	}
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, rel, src, parser.ParseComments)
	if err != nil && genericDecl.Match(src) {
		return "generics"
	}
	if file == nil {
		return "unparsable"
	}
	return inspect(file)
}

// recipe returns the action and compiler flags of a Go test's first line
// and the build constraint lines before `package`.
func recipe(src string) (string, []string, []string) {
	var constraints []string
	for _, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(line, "package ") {
			break
		}
		if constraint.IsGoBuild(line) || constraint.IsPlusBuild(line) {
			constraints = append(constraints, line)
		}
	}
	lines := strings.Split(src, "\n")
	i := 0
	for i < len(lines) && (constraint.IsGoBuild(lines[i]) ||
		constraint.IsPlusBuild(lines[i]) ||
		(i > 0 && strings.TrimSpace(lines[i]) == "")) {
		i++
	}
	if i == len(lines) || !strings.HasPrefix(lines[i], "//") {
		return "", nil, constraints
	}
	words := strings.Fields(strings.TrimPrefix(lines[i], "//"))
	if len(words) == 0 {
		return "", nil, constraints
	}
	var flags []string
	args := words[1:]
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		switch args[0] {
		case "-0", "-1", "-s":
		case "-t", "-goexperiment":
			if args[0] == "-goexperiment" {
				flags = append(flags, "-goexperiment")
			}
			args = args[1:]
		default:
			flags = append(flags, args[0])
		}
		if len(args) > 0 {
			args = args[1:]
		}
	}
	return words[0], flags, constraints
}

func buildTag(tag string) bool {
	switch tag {
	case "linux", "amd64", "unix", "gc", "test_run",
		"goexperiment.regabiwrappers", "goexperiment.regabiargs":
		return true
	}
	var minor int
	if _, err := fmt.Sscanf(tag, "go1.%d", &minor); err == nil {
		return minor <= 19
	}
	return false
}

var directiveRx = regexp.MustCompile(`(?m)^\s*//go:(\w+)`)

func directives(src string) string {
	for _, m := range directiveRx.FindAllStringSubmatch(src, -1) {
		if !allowedDirectives[m[1]] {
			return "//go:" + m[1] + " directive"
		}
	}
	return ""
}

// scanTokens finds excluded features token by token, which works even
// where the parser gives up.
func scanTokens(src []byte) string {
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	var s scanner.Scanner
	s.Init(file, src, func(token.Position, string) {}, 0)
	for {
		_, tok, lit := s.Scan()
		switch tok {
		case token.EOF:
			return ""
		case token.IMAG:
			return "complex numbers"
		case token.TILDE:
			return "generics"
		case token.IDENT:
			if why, ok := excludedIdents[lit]; ok {
				return why
			}
		}
	}
}

// inspect checks imports and the syntax tree; "" means the file is in.
func inspect(file *ast.File) string {
	pkgNames := map[string]string{} // local name -> import path
	for _, imp := range file.Imports {
		path := strings.Trim(imp.Path.Value, "\"`")
		if _, ok := modelled[path]; !ok {
			return fmt.Sprintf("imports %q", path)
		}
		name := path
		if imp.Name != nil {
			name = imp.Name.Name
		}
		pkgNames[name] = path
	}
	why := ""
	ast.Inspect(file, func(n ast.Node) bool {
		if why != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncType:
			if n.TypeParams != nil {
				why = "generics"
			}
		case *ast.TypeSpec:
			if n.TypeParams != nil {
				why = "generics"
			}
		case *ast.IndexListExpr:
			why = "generics"
		case *ast.InterfaceType:
			for _, f := range n.Methods.List {
				switch f.Type.(type) {
				case *ast.BinaryExpr, *ast.UnaryExpr:
					why = "generics"
				}
			}
		case *ast.SelectorExpr:
			x, ok := n.X.(*ast.Ident)
			if !ok {
				break
			}
			path, ok := pkgNames[x.Name]
			if !ok || x.Obj != nil {
				break
			}
			if !contains(modelled[path], n.Sel.Name) {
				why = "uses " + path + "." + n.Sel.Name
			}
		}
		return true
	})
	return why
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func writeList(path, comment string, entries []string) {
	var b strings.Builder
	for _, line := range strings.Split(comment, "\n") {
		b.WriteString("# " + line + "\n")
	}
	b.WriteString("# Generated by scripts/select-go-tests; do not edit.\n")
	for _, e := range entries {
		b.WriteString(e + "\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "select-go-tests:", err)
	os.Exit(1)
}
