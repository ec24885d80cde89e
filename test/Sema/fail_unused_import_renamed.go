// errorcheck

// A renamed import nothing refers to.

package p

import f "fmt" // ERROR `imported and not used: "fmt" as f`
