#!/usr/bin/env python3
"""Regenerates test/Parse/fail_<name>.go, one errorcheck test per syntax error.

Each case below is a description and a source text. The script writes the
file with an `// errorcheck` header, compiles it with gc (Go 1.19's
`go tool compile`) and appends to each line an `// ERROR` annotation with
gc's exact messages for that line, so the expectations are gc's by
construction. Usage:

    gen_fail_tests.py [OUTDIR [CASE...]]

Cases whose annotation would change the lexing of its own line (errors
inside unterminated strings) are FileCheck tests written by hand instead.
"""

import os, re, subprocess, sys

C = []
def case(name, desc, body):
    C.append((name, desc, body))


case("missing_package", "A file must start with a package clause.", "!func f() {}\n")
case("package_not_name", "The package clause needs a name.", "!package 1\n")
case("nondecl_outside_func", "Statements are not allowed at top level.", "x := 1\n")
case("nondecl_call_top", "A call at top level is not a declaration.", "f()\n")
case("brace_on_next_line", "The body of a function must start on the signature's line.", "func f()\n{\n}\n")
case("after_toplevel_decl", "Two declarations on one line need a semicolon.", "var x int var y int\n")
case("missing_import_path", "An import needs a path.", "import fmt\n")
case("import_path_not_string", "Import paths are strings.", "import 42\n")
case("import_after_decl", "Imports come before other declarations.", "var x int\nimport \"fmt\"\n")
case("func_missing_name", "A function declaration needs a name.", "func () {}\n")
case("method_no_receiver", "An empty receiver list.", "func () m() {}\n")
case("method_multiple_receivers", "Only one receiver.", "type T int\nfunc (a, b T) m() {}\n")
case("mixed_params", "Parameters are all named or all unnamed.", "func f(a int, string) {}\n")
case("dots_missing_type", "A variadic parameter needs a type.", "func f(a ...) {}\n")
case("param_list_missing_comma", "Parameters are separated by commas.", "func f(a int b int) {}\n")
case("var_missing_type", "A var declaration needs a type or a value.", "var x\n")
case("var_define", "`:=` is not allowed in a var declaration.", "var x := 1\n")
case("const_define", "`:=` is not allowed in a const declaration.", "const c := 1\n")
case("type_missing", "A type declaration needs a type.", "type T\n")
case("type_decl_bad", "A type declaration needs a type, not a value.", "type T 1\n")
case("group_missing_semi", "Specs in a group are separated by newlines or semicolons.", "var (\n\tx int y int\n)\n")
case("struct_field_bad", "A struct field starts with a name or an embedded type.", "type T struct {\n\t1\n}\n")
case("struct_missing_semi", "Struct fields are separated by newlines or semicolons.", "type T struct { a int b int }\n")
case("struct_paren_embedded", "Embedded types cannot be parenthesized.", "type T struct {\n\t(U)\n}\ntype U int\n")
case("struct_star_paren_embedded", "Embedded pointer types cannot be parenthesized.", "type T struct {\n\t*(U)\n}\ntype U int\n")
case("interface_bad_elem", "An interface element must be a method or a type.", "type I interface {\n\t1\n}\n")
case("map_missing_bracket", "A map type needs brackets around the key.", "var m map string]int\n")
case("chan_missing_elem", "A channel type needs an element type.", "var c chan\n")
case("recv_recv_chan", "`<-<-chan` is not a type.", "var c <-chan <-chan int\nvar d = (<-<-chan int)(nil)\n")
case("array_comma", "An array length is not a list.", "type A [1, 2]int\n")
case("if_missing_cond", "An if statement needs a condition.", "func f() {\n\tif {\n\t}\n}\n")
case("if_missing_brace", "An if clause needs braces.", "func f(x bool) {\n\tif x\n\t\treturn\n}\n")
case("if_newline_cond", "A newline after the init statement of an if.", "func f() {\n\tif x := 1\n\t{\n\t}\n}\n")
case("if_semi_nocond", "An if with only an init statement.", "func f() {\n\tif x := 1; {\n\t}\n}\n")
case("if_assign_cond", "`=` where `==` was meant.", "func f(x int) {\n\tif x = 1 {\n\t}\n}\n")
case("if_define_cond", "A short variable declaration is not a condition.", "func f() {\n\tif x := 1 {\n\t}\n}\n")
case("if_incdec_cond", "An increment is not a condition.", "func f(x int) {\n\tif x++ {\n\t}\n}\n")
case("if_var_init", "var is not allowed in an if initializer.", "func f() {\n\tif var x = 1; x > 0 {\n\t}\n}\n")
case("for_var_init", "var is not allowed in a for initializer.", "func f() {\n\tfor var i = 0; i < 10; i++ {\n\t}\n}\n")
case("for_post_define", "The post statement cannot declare.", "func f() {\n\tfor i := 0; i < 10; j := 1 {\n\t}\n}\n")
case("for_missing_cond", "A three-clause loop header without condition before `{`.", "func f() {\n\tfor i := 0; {\n\t}\n}\n")
case("for_missing_brace", "A for clause needs braces.", "func f() {\n\tfor i := 0; i < 3; i++\n\t\tprintln(i)\n}\n")
case("else_bad", "else must be followed by if or a block.", "func f(x bool) {\n\tif x {\n\t} else return\n}\n")
case("else_newline", "else on a new line is a new statement.", "func f(x bool) {\n\tif x {\n\t}\n\telse {\n\t}\n}\n")
case("switch_missing_brace", "A switch needs braces.", "func f(x int) {\n\tswitch x\n\tcase 1:\n\t}\n}\n")
case("switch_bad_clause", "A switch body holds case and default clauses.", "func f(x int) {\n\tswitch x {\n\tx = 1\n\t}\n}\n")
case("case_missing_colon", "A case needs a colon.", "func f(x int) {\n\tswitch x {\n\tcase 1\n\t}\n}\n")
case("select_missing_brace", "A select needs braces.", "func f() {\n\tselect\n}\n")
case("select_bad_clause", "A select body holds case and default clauses.", "func f() {\n\tselect {\n\tx := 1\n\t}\n}\n")
case("go_not_call", "go needs a function call.", "func f() {\n\tgo f\n}\n")
case("defer_not_call", "defer needs a function call.", "func f() {\n\tdefer f\n}\n")
case("defer_paren", "The call in defer must not be parenthesized.", "func f() {\n\tdefer (f())\n}\n")
case("go_paren", "The call in go must not be parenthesized.", "func f() {\n\tgo (f())\n}\n")
case("label_missing_stmt", "A label must be followed by a statement.", "func f() {\n\tswitch {\n\tcase true:\n\tL:\n\tcase false:\n\t}\n}\n")
case("goto_missing_label", "goto needs a label.", "func f() {\n\tgoto\n}\n")
case("end_of_statement", "Two statements on one line need a semicolon.", "func f() {\n\tx := 1 y := 2\n}\n")
case("expecting_assign", "An expression list must be followed by an assignment.", "func f(a, b int) {\n\ta, b\n}\n")
case("unexpected_rparen", "A stray `)`.", "func f() {\n\tx := 1)\n}\n")
case("missing_operand", "An operator needs an operand.", "func f() {\n\tx := 1 +\n}\n")
case("missing_rparen_newline", "A call broken before its `)`.", "func f() {\n\tprintln(1, 2\n\t)\n}\n")
case("missing_comma_args", "Arguments are separated by commas.", "func f() {\n\tprintln(1 2)\n}\n")
case("complit_newline", "A composite literal broken before its `}` needs a comma.", "var x = []int{\n\t1,\n\t2\n}\n")
case("complit_missing_comma", "Composite literal elements are separated by commas.", "var x = []int{1 2}\n")
case("complit_paren_type", "The type of a composite literal cannot be parenthesized.", "type T struct{}\nvar x = (T){}\n")
case("empty_index", "An index expression needs an index.", "func f(a []int) {\n\t_ = a[]\n}\n")
case("slice_middle_required", "A 3-index slice needs the middle index.", "func f(a []int) {\n\t_ = a[1::3]\n}\n")
case("slice_final_required", "A 3-index slice needs the final index.", "func f(a []int) {\n\t_ = a[1:2:]\n}\n")
case("slice_expecting_colon", "An index followed by garbage.", "func f(a []int) {\n\t_ = a[1 2]\n}\n")
case("selector_bad", "A selector needs a name or `(`.", "func f(a int) {\n\t_ = a.1\n}\n")
case("keyword_as_name", "Keywords cannot be used as names.", "func f() {\n\tvar func int\n}\n")
case("range_keyword_expr", "range is only allowed in a for header.", "func f(a []int) {\n\tx := range a\n}\n")
case("unexpected_eof", "A file that ends inside a function.", "func f() {\n\tx := 1\n")
case("unexpected_eof_expr", "A file that ends inside an expression.", "var x = 1 +")
case("too_many_errors", "gc stops after ten errors (goscape check without -e too).", "".join("func f%d() { x := }\n" % i for i in range(12)))
case("many_errors_one_line", "gc reports one syntax error per line.", "func f() {\n\tx := ) + )\n}\n")
case("invalid_char", "A character that is not Go.", "var x = 1 @ 2\n")
case("invalid_char_ident", "A non-letter inside an identifier.", "var a\u00b7b int\n")
case("ident_starts_digit", "An identifier cannot start with a Unicode digit.", "var \u0661x int\n")
case("invalid_nul", "NUL bytes are not allowed.", "var x = 1 // a\x00b\n")
case("bom_middle", "A BOM is only allowed at the start of a file.", "var x = 1\n\ufeffvar y = 2\n")
case("invalid_utf8", "Source must be valid UTF-8.", "var x = \"\udcff\"\n")
case("octal_invalid_digit", "8 is not an octal digit.", "var x = 0128\n")
case("binary_invalid_digit", "2 is not a binary digit.", "var x = 0b102\n")
case("octal_prefix_invalid_digit", "9 is not an octal digit.", "var x = 0o19\n")
case("separator_double", "`_` must separate digits.", "var x = 1__0\n")
case("separator_trailing", "`_` cannot end a literal.", "var x = 10_\n")
case("separator_after_prefix_ok_before_dot", "`_` before a radix point.", "var x = 1_.5\n")
case("hex_no_digits", "0x needs digits.", "var x = 0x\n")
case("binary_no_digits", "0b needs digits.", "var x = 0b\n")
case("hex_float_no_p", "A hexadecimal float needs a p exponent.", "var x = 0x1.5\n")
case("exponent_no_digits", "An exponent needs digits.", "var x = 1e+\n")
case("e_exponent_hex", "An e exponent needs a decimal mantissa.", "var x = 0b1e3\n")
case("p_exponent_decimal", "A p exponent needs a hexadecimal mantissa.", "var x = 1p3\n")
case("radix_point_octal", "0o literals have no radix point.", "var x = 0o1.2\n")
case("radix_point_binary", "0b literals have no radix point.", "var x = 0b1.0\n")
case("rune_empty", "An empty rune literal.", "var x = ''\n")
case("rune_too_long", "A rune literal holds one character.", "var x = 'ab'\n")
case("rune_newline", "A rune literal cannot span lines.", "var x = 'a\nvar y = 1\n")
case("rune_eof", "A rune literal at the end of the file.", "var x = '\\'")
case("raw_string_eof", "A raw string at the end of the file.", "var x = `abc\n")
case("comment_eof", "A comment at the end of the file.", "var x = 1 /* abc\n")
case("unknown_escape", "An unknown escape sequence.", "var x = \"\\q\"\n")
case("escape_bad_hex", "A bad hex escape.", "var x = \"\\xZZ\"\n")
case("escape_bad_octal", "A bad octal escape.", "var x = \"\\08\"\n")
case("escape_octal_big", "Octal escapes stop at 255.", "var x = \"\\400\"\n")
case("escape_surrogate", "Surrogate halves are not code points.", "var x = \"\\uD800\"\n")
case("escape_too_big", "Code points stop at U+10FFFF.", "var x = '\\U00110000'\n")
case("escape_rune_quote", "A double quote cannot be escaped in a rune literal.", "var x = '\\\"'\n")
case("escape_string_squote", "A single quote cannot be escaped in a string.", "var x = \"\\'\"\n")
case("generic_method_tparams", "Methods cannot have type parameters.", "type T int\nfunc (T) m[P any]() {}\n")
case("func_type_tparams", "Function types cannot have type parameters.", "var f func[T any]()\n")
case("empty_tparams", "An empty type parameter list.", "func f[]() {}\n")
case("missing_constraint", "Type parameters need constraints.", "func f[T]() {}\n")
case("interface_method_tparams", "Interface methods cannot have type parameters.", "type I interface {\n\tm[T any]()\n}\n")
case("misplaced_directive", "A directive that is not alone on its line.", "var x int //go:noinline\n")
case("misplaced_directive_var", "A function directive before a var declaration.", "//go:noinline\nvar x int\n")
case("runtime_directive", "Some directives are only for the runtime.", "//go:nowritebarrier\nfunc f() {}\n")
case("call_missing_rparen_eof", "A call that is never closed.", "var x = f(1, 2\n")
case("unexpected_semicolon_before_brace", "A block on its own line after a function type.", "var f = func()\n{\n}\n")
case("case_outside_switch", "case outside a switch.", "func f() {\n\tcase 1:\n}\n")
case("assign_op_list", "op= takes a single operand on each side.", "func f(a, b int) {\n\ta, b += 1, 2\n}\n")
case("send_list", "A send has a single channel.", "func f(a, b chan int) {\n\ta, b <- 1\n}\n")
case("incdec_list", "++ applies to a single operand.", "func f(a, b int) {\n\ta, b++\n}\n")
case("paren_type_decl_dots", "... is only for the final parameter type, not arrays.", "var a [...]int\nvar b = [..]int{}\n")
case("break_label_literal", "break takes a label name.", "func f() {\n\tfor {\n\t\tbreak 1\n\t}\n}\n")
case("return_extra_token", "A return statement followed by garbage.", "func f() int {\n\treturn 1 2\n}\n")
case("misplaced_directive_type", "A function directive before a type declaration.", "//go:noinline\ntype T int\n")
case("misplaced_directive_const", "A function directive before a const declaration.", "//go:noinline\nconst c = 1\n")
case("misplaced_directive_stmt", "A directive before a statement.", "func f() {\n//go:noinline\n\tx := 1\n\t_ = x\n}\n")
case("misplaced_notinheap_func", "go:notinheap applies to types only.", "//go:notinheap\nfunc f() {}\n")
case("misplaced_directive_import", "A directive before an import.", "//go:noinline\nimport \"fmt\"\n\nvar _ = fmt.Println\n")
case("label_at_end_of_block_in_case", "A label before `}` is fine, before case it is not.", "func f() {\n\tgoto L\nL:\n}\nfunc g(x int) {\n\tswitch x {\n\tcase 1:\n\tM:\n\tdefault:\n\t}\n}\n")
case("send_in_if_header", "A send is not a condition.", "func f(c chan int) {\n\tif c <- 1 {\n\t}\n}\n")
case("switch_define_two_guard", "A type switch guard binds one name.", "func f(x interface{}) {\n\tswitch a, b := x.(type) {\n\t}\n}\n")
case("missing_func_body_brace", "An expression after a func type.", "func f() int 1\n")
case("misplaced_notinheap_alias", "go:notinheap does not apply to aliases.", "//go:notinheap\ntype T = int\n")
case("misplaced_directive_group", "Directives inside a declaration group.", "type (\n\t//go:notinheap\n\tA int\n\t//go:noinline\n\tB int\n)\n")

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
ONLY = set(sys.argv[2:])
GO = '/usr/lib/go-1.19/bin/go'
skip = {"too_many_errors"}
def gc_errors(path):
    d = os.path.dirname(path); b = os.path.basename(path)
    p = subprocess.run([GO, 'tool', 'compile', '-p=p', '-e', '-o', '/dev/null', b], cwd=d,
                       capture_output=True)
    out = p.stdout.decode('utf-8', 'surrogateescape') + p.stderr.decode('utf-8', 'surrogateescape')
    errs = []
    for line in out.splitlines():
        m = re.match(r'^(?:\./)?%s:(\d+):(\d+): (.*)$' % re.escape(b), line)
        if m:
            errs.append((int(m.group(1)), m.group(3)))
        elif line.strip():
            errs.append((0, line))
    return errs
def rx(msg):
    r = re.sub(r'([\\.+*?()|\[\]{}^$])', r'\\\1', msg)
    return '"' + r.replace('"', '.') + '"'
for name, desc, body in C:
    if name in skip or (ONLY and name not in ONLY): continue
    if body.startswith('!'):
        src = "// errorcheck\n\n// %s\n\n%s" % (desc, body[1:])
    else:
        src = "// errorcheck\n\n// %s\n\npackage p\n\n%s" % (desc, body)
    path = os.path.join(OUT, 'fail_%s.go' % name)
    data = src.encode('utf-8', 'surrogateescape')
    with open(path, 'wb') as f: f.write(data)
    errs = gc_errors(path)
    if not errs:
        print("NOERR", name); continue
    lines = data.split(b'\n')
    by = {}
    for ln, msg in errs:
        if ln == 0: print("ODD", name, msg); continue
        by.setdefault(ln, []).append(msg)
    for ln in sorted(by):
        ann = (' // ERROR ' + ' '.join(rx(m) for m in by[ln])).encode('utf-8', 'surrogateescape')
        while ln > len(lines): lines.append(b'')
        lines[ln-1] += ann
    with open(path, 'wb') as f: f.write(b'\n'.join(lines))
