// errorcheck

// Import paths are strings.

package p

import 42 // ERROR "syntax error: import path must be a string"
