// errorcheck

// An import nothing refers to.

package p

import "os" // ERROR `imported and not used: "os"`
