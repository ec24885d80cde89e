// errorcheck

// A two-result call where one value is needed.

package p

func g() (int, int) { return 1, 2 }
func f() int { return g() + 1 } // ERROR "multiple-value g\(\) \(value of type \(int, int\)\) in single-value context"
