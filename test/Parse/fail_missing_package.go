// errorcheck

// A file must start with a package clause.

func f() {} // ERROR "syntax error: package statement must be first"
